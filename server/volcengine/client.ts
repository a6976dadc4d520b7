import type { Logger } from 'pino';
import type { Metrics } from '../metrics/metrics';
import { type AnswerOutcome, type AnswerReader, interpretAnswer } from './answer';
import type { AnswerWorkerPool } from './answer-worker-pool';
import type { CallPolicy } from './call-policy';
import { postBody, TransportTimeout, TransportTooLarge } from './http-transport';
import type { ActionLimiters } from './limiter/action-limiters';
import type { Slot } from './limiter/fair-limiter';
import { type Credentials, signRequest } from './sign';
import { UpstreamError } from './upstream-error';

export const API_VERSION = '2020-12-01';
const SERVICE = 'rtc';
/** Answers up to this size are parsed inline (a few ms); bigger ones go to the worker thread. */
const INLINE_PARSE_BYTES = 256 * 1024;

export interface VolcClientOptions {
  endpoint: string;
  region: string;
  credentials: Credentials;
  timeoutMs: number;
  /** Reading stops past this size, and the call fails with ResponseTooLarge. */
  maxAnswerBytes: number;
  limiters: ActionLimiters;
  policy: CallPolicy;
  workers: AnswerWorkerPool;
  logger: Logger;
  metrics?: Pick<Metrics, 'upstreamCall' | 'limiterWait'>;
}

export interface UpstreamSuccess<Value> {
  value: Value;
  requestId: string;
}

export interface CallOptions {
  /** Cancels the call: a call still queued is never sent, one in flight is dropped. */
  signal?: AbortSignal;
  /** Whose call this is; the limiter serves its queue round robin by key. */
  key?: string;
}

export type VolcClient = ReturnType<typeof createVolcClient>;

/** Calls Volcengine's OpenAPI: signs, rate-limits, times out, bounds and parses answers losslessly, maps errors. */
export function createVolcClient(options: VolcClientOptions) {
  const base = new URL(options.endpoint);
  const secrets = [options.credentials.secretKey, options.credentials.sessionToken].filter((s): s is string => !!s);

  // Gateway messages are shown to operators; make sure none can echo a credential back.
  const redact = (text: string) =>
    secrets
      .reduce((out, secret) => out.split(secret).join('[redacted]'), text)
      .replace(/[0-9a-f]{64}/gi, '[redacted]')
      .slice(0, 500);

  function toValue<V>(outcome: AnswerOutcome<V>): UpstreamSuccess<V> {
    switch (outcome.kind) {
      case 'ok':
        return { value: outcome.value, requestId: outcome.requestId };
      case 'rejected':
        throw UpstreamError.rejected(outcome.httpStatus, {
          code: outcome.code,
          message: redact(outcome.message),
          requestId: outcome.requestId,
        });
      case 'bad':
        throw UpstreamError.badAnswer(outcome.code, redact(outcome.message), outcome.requestId, outcome.httpStatus);
    }
  }

  async function send<C, V>(
    action: string,
    body: string,
    reader: AnswerReader<C, V>,
    context: C,
    slot: Slot,
    signal: AbortSignal | undefined,
  ) {
    const query = { Action: action, Version: API_VERSION };
    const url = new URL(base);
    url.search = new URLSearchParams(query).toString();
    // Host is signed (as the Go SDK does) but node:http sets the header itself, from the same URL.
    const { Host: _host, ...headers } = signRequest({
      method: 'POST',
      host: url.host,
      path: url.pathname,
      query,
      body,
      region: options.region,
      service: SERVICE,
      credentials: options.credentials,
      date: new Date(),
    });
    let response: Awaited<ReturnType<typeof postBody>>;
    try {
      response = await postBody(url, { ...headers, 'Content-Type': 'application/json' }, body, {
        timeoutMs: options.timeoutMs,
        maxBytes: options.maxAnswerBytes,
        // The gateway has counted the call once it answers; the limiter's window can start from here.
        onHeaders: () => slot.release(),
        signal,
      });
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      if (err instanceof TransportTimeout) throw UpstreamError.timeout(options.timeoutMs);
      if (err instanceof TransportTooLarge) {
        throw UpstreamError.badAnswer('ResponseTooLarge', `the answer passed ${err.maxBytes} bytes`, null, 0);
      }
      throw UpstreamError.unreachable((err as NodeJS.ErrnoException).code ?? 'network error');
    }
    const { status, statusText, body: bytes } = response;
    if (bytes.length <= INLINE_PARSE_BYTES) return toValue(interpretAnswer(bytes, status, statusText, reader, context));
    options.logger.debug({ action, bytes: bytes.length }, 'upstream answer read on the worker thread');
    const outcome = await options.workers
      .run({ reader: reader.name, context, bytes, httpStatus: status, statusText })
      .catch((err: Error) => ({
        kind: 'bad' as const,
        httpStatus: status,
        code: 'UnexpectedResult' as const,
        message: `the answer could not be parsed (${err.message})`,
        requestId: null,
      }));
    return toValue(outcome as AnswerOutcome<V>);
  }

  async function attempt<C, V>(
    action: string,
    body: string,
    reader: AnswerReader<C, V>,
    context: C,
    { signal, key }: CallOptions,
    onSent: () => void,
  ) {
    const started = performance.now();
    let sent: number | null = null;
    const seconds = () => (performance.now() - (sent ?? started)) / 1000;
    try {
      const success = await options.limiters.for(action).schedule(
        (slot) => {
          sent = performance.now();
          onSent();
          options.metrics?.limiterWait(action, (sent - started) / 1000);
          return send(action, body, reader, context, slot, signal);
        },
        { key, signal },
      );
      options.metrics?.upstreamCall(action, 'ok', seconds());
      options.logger.debug(
        { action, requestId: success.requestId, ms: Math.round(performance.now() - started) },
        'upstream ok',
      );
      return success;
    } catch (err) {
      if (err instanceof UpstreamError) {
        // Only calls that went out count; one refused before sending (no budget) is not a call.
        if (sent !== null) options.metrics?.upstreamCall(action, err.code, seconds());
        options.logger.warn(
          {
            action,
            upstream: err.upstream,
            upstreamStatus: err.upstreamStatus,
            ms: Math.round(performance.now() - started),
          },
          'upstream failed',
        );
      }
      throw err;
    }
  }

  return {
    /**
     * One call, read by `reader`. Throttling, 5xx, timeouts and dropped connections are retried with backoff
     * (at most three attempts, within three timeouts); a gateway that keeps failing trips the circuit breaker.
     */
    call<C, V>(
      action: string,
      body: string,
      reader: AnswerReader<C, V>,
      context: C,
      callOptions: CallOptions = {},
    ): Promise<UpstreamSuccess<V>> {
      // Three timeouts from when the call first goes out: time queued for the budget doesn't use up the retries.
      let deadline = Number.POSITIVE_INFINITY;
      const firstSent = () => {
        if (deadline === Number.POSITIVE_INFINITY) deadline = performance.now() + 3 * options.timeoutMs;
      };
      return options.policy.run(
        action,
        () => deadline,
        callOptions.signal,
        () => attempt(action, body, reader, context, callOptions, firstSent),
      );
    },
    /** Milliseconds `calls` more calls of `action` take at the limiter's pace: the basis of a job's ETA. */
    paceMs: (action: string, calls: number) => options.limiters.for(action).drainMs(calls),
  };
}
