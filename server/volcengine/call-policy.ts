import {
  BrokenCircuitError,
  circuitBreaker,
  ExponentialBackoff,
  fullJitterGenerator,
  handleWhen,
  retry,
  SamplingBreaker,
  TaskCancelledError,
} from 'cockatiel';
import { UpstreamError } from './upstream-error';

/** At most this many attempts per call: the first and two retries. */
export const MAX_ATTEMPTS = 3;

/** Throttling, 5xx, timeouts and dropped connections are worth another try; a 4xx or a garbled answer is not. */
export function isRetryable(err: unknown): boolean {
  if (!(err instanceof UpstreamError)) return false;
  switch (err.code) {
    case 'upstream_throttled':
    case 'upstream_unavailable':
    case 'upstream_timeout':
    case 'upstream_unreachable':
      // Our own decisions not to call (breaker open, shared limiter down) are not the gateway's trouble.
      return err.upstream.code !== 'CircuitOpen' && err.upstream.code !== 'LimiterUnavailable';
    case 'upstream_error':
      return err.upstreamStatus >= 500;
    default:
      return false;
  }
}

/** Failures that say the gateway itself is in trouble, which the circuit breaker counts. */
const isGatewayTrouble = (err: Error) => isRetryable(err) && (err as UpstreamError).code !== 'upstream_throttled';

export interface CallPolicyOptions {
  /** First backoff step; later ones double, each drawn at random below its ceiling (full jitter). */
  initialBackoffMs?: number;
  /** How long the breaker stays open before letting one call through to test the gateway. */
  breakerOpenMs?: number;
}

/**
 * Retries with exponential backoff and full jitter, within a deadline, behind a circuit breaker per action.
 * The breaker opens when over half the calls of the last 10 s failed at a sustained 5 calls a second or more, so a
 * big job stops hammering a gateway that keeps failing; its batches fail fast as "not checked" instead.
 */
export function createCallPolicy({ initialBackoffMs = 200, breakerOpenMs = 10_000 }: CallPolicyOptions = {}) {
  const breakers = new Map<string, ReturnType<typeof circuitBreaker>>();
  const breakerFor = (action: string) => {
    let breaker = breakers.get(action);
    if (!breaker) {
      breaker = circuitBreaker(handleWhen(isGatewayTrouble), {
        halfOpenAfter: breakerOpenMs,
        breaker: new SamplingBreaker({ threshold: 0.5, duration: 10_000, minimumRps: 5 }),
      });
      breakers.set(action, breaker);
    }
    return breaker;
  };
  const retryPolicy = retry(handleWhen(isRetryable), {
    maxAttempts: MAX_ATTEMPTS - 1,
    backoff: new ExponentialBackoff({ generator: fullJitterGenerator, initialDelay: initialBackoffMs, maxDelay: 5000 }),
  });

  return {
    /**
     * Runs `attempt` until it succeeds, fails for good, runs out of attempts, or passes `deadline()`
     * (performance.now() time). Aborting `signal` stops at once, between or during attempts.
     */
    async run<T>(
      action: string,
      /** When retrying stops (performance.now() time): read at each retry, as it is set once the first try is sent. */
      deadline: () => number,
      signal: AbortSignal | undefined,
      attempt: () => Promise<T>,
    ): Promise<T> {
      let last: unknown;
      try {
        return await retryPolicy.execute(async ({ attempt: n }) => {
          // A retry that would start past the deadline gives up with the failure it is retrying.
          if (n > 0 && performance.now() > deadline()) throw new DeadlinePassed(last);
          try {
            return await breakerFor(action).execute(attempt);
          } catch (err) {
            last = err;
            throw err;
          }
        }, signal);
      } catch (err) {
        if (err instanceof DeadlinePassed) throw err.last;
        if (err instanceof BrokenCircuitError) {
          throw UpstreamError.unavailable(
            'CircuitOpen',
            'Volcengine kept failing, so calls are paused for a few seconds',
          );
        }
        if (err instanceof TaskCancelledError) throw signal?.reason ?? err;
        throw err;
      }
    },
  };
}

class DeadlinePassed extends Error {
  constructor(readonly last: unknown) {
    super('the deadline passed');
  }
}

export type CallPolicy = ReturnType<typeof createCallPolicy>;
