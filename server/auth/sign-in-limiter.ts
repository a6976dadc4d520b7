import { RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../http/app-error';
import { rateLimiterStore, type SharedCounters } from '../shared-state/rate-limiter-store';
import { usernameKey } from './username-key';

export interface SignInLimits {
  /** Failures per username from browsers without a device cookie for it ("untrusted"). */
  perUsername: number;
  /** Failures per client IP from untrusted browsers, across usernames. */
  perIp: number;
  /** Failures per device cookie (a browser that signed in as that username before). */
  perDevice: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perUsername: 5,
  perIp: 20,
  perDevice: 10,
  windowSeconds: 15 * 60,
};

export interface SignInAttempt {
  username: string;
  ip: string;
  /** The device ID from a device cookie valid for this username, or null. */
  deviceId: string | null;
}

export interface Admission {
  /** 0 to go ahead, else the seconds to wait. */
  retryAfter: number;
  /** Whether the attempt counted against its device cookie rather than the username and IP. */
  trusted: boolean;
}

const isLimitReached = (reason: unknown): reason is RateLimiterRes => reason instanceof RateLimiterRes;

/**
 * Limits sign-in attempts the way OWASP's device-cookie scheme does, so an attacker can't lock out an
 * operator. An attempt from a browser holding a valid device cookie for the username counts only against
 * that cookie; any other attempt counts against the username's untrusted bucket and the IP. Guessing
 * from elsewhere therefore never blocks the operator's own browser, and a device cookie that is itself
 * locked out (a stolen one, say) is treated as untrusted.
 *
 * Each attempt takes a point *before* the password is checked, so parallel guesses can't slip past the
 * limit while argon2 runs; a success gives it back, so only failures count. The counters live in
 * rate-limiter-flexible's memory store, behind this small interface, so another store can replace it.
 */
export function createSignInLimiter(
  limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
  /** With several replicas, the counters live in Redis so that every replica counts the same failures. */
  shared?: SharedCounters,
) {
  const store = (name: string, points: number) =>
    rateLimiterStore(shared, { name: `signin:${name}`, points, duration: limits.windowSeconds });
  const byUser = store('user', limits.perUsername);
  const byIp = store('ip', limits.perIp);
  const byDevice = store('device', limits.perDevice);

  /** Seconds until every limit that refused is open again (0 when none did); store failures are rethrown. */
  function waitOf(results: PromiseSettledResult<unknown>[]): number {
    // The store is down (Redis): refuse rather than let guesses through uncounted.
    if (results.some((r) => r.status === 'rejected' && !isLimitReached(r.reason))) {
      throw new AppError(503, 'service_unavailable', 'Sign-in is unavailable for a moment; try again shortly');
    }
    const waits = results.map((r) => (r.status === 'rejected' && isLimitReached(r.reason) ? r.reason.msBeforeNext : 0));
    return Math.ceil(Math.max(0, ...waits) / 1000);
  }

  return {
    async take({ username, ip, deviceId }: SignInAttempt): Promise<Admission> {
      if (deviceId !== null) {
        const retryAfter = waitOf(await Promise.allSettled([byDevice.consume(deviceId)]));
        if (retryAfter === 0) return { retryAfter, trusted: true };
      }
      const retryAfter = waitOf(await Promise.allSettled([byUser.consume(usernameKey(username)), byIp.consume(ip)]));
      return { retryAfter, trusted: false };
    },

    /**
     * Gives back what a successful attempt took. A trusted browser starts afresh; an untrusted success
     * returns only its own point, so signing in doesn't wipe out an attacker's recorded failures.
     */
    async succeeded({ username, ip, deviceId }: SignInAttempt, { trusted }: Admission): Promise<void> {
      if (trusted && deviceId !== null) await byDevice.delete(deviceId);
      else await Promise.all([byUser.reward(usernameKey(username), 1), byIp.reward(ip, 1)]);
    },
  };
}

export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
