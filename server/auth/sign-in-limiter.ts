import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface SignInLimits {
  perUsername: number;
  perIp: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perUsername: 5, perIp: 20, windowSeconds: 15 * 60 };

/**
 * Limits sign-in attempts per username and per IP. Each attempt takes a point from both *before* the
 * password is checked, so parallel guesses can't slip past the limit while argon2 runs; a success
 * gives them back, so only failures count.
 */
export function createSignInLimiter(limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {
  const byUser = new RateLimiterMemory({
    keyPrefix: 'user',
    points: limits.perUsername,
    duration: limits.windowSeconds,
  });
  const byIp = new RateLimiterMemory({ keyPrefix: 'ip', points: limits.perIp, duration: limits.windowSeconds });
  const userKey = (username: string) => username.trim().toLowerCase();

  return {
    /** Takes an attempt; returns 0, or the seconds to wait when the limit is reached. */
    async take(username: string, ip: string): Promise<number> {
      const results = await Promise.allSettled([byUser.consume(userKey(username)), byIp.consume(ip)]);
      const waits = results.map((r) =>
        r.status === 'rejected' && r.reason instanceof RateLimiterRes ? r.reason.msBeforeNext : 0,
      );
      const failed = results.find((r) => r.status === 'rejected' && !(r.reason instanceof RateLimiterRes));
      if (failed?.status === 'rejected') throw failed.reason;
      return Math.ceil(Math.max(...waits) / 1000);
    },
    /** A successful sign-in clears the username's count and returns the IP's point. */
    async succeeded(username: string, ip: string): Promise<void> {
      await Promise.all([byUser.delete(userKey(username)), byIp.reward(ip, 1)]);
    },
  };
}

export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
