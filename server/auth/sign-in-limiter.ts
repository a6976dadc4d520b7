import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface SignInLimits {
  perUsername: number;
  perIp: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perUsername: 5, perIp: 20, windowSeconds: 15 * 60 };

/** Counts failed sign-ins per username and per IP; a success clears the username's count. */
export function createSignInLimiter(limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {
  const byUser = new RateLimiterMemory({
    keyPrefix: 'user',
    points: limits.perUsername,
    duration: limits.windowSeconds,
  });
  const byIp = new RateLimiterMemory({ keyPrefix: 'ip', points: limits.perIp, duration: limits.windowSeconds });
  const userKey = (username: string) => username.trim().toLowerCase();

  return {
    /** Seconds to wait before trying again, or 0 when attempts are allowed. */
    async retryAfter(username: string, ip: string): Promise<number> {
      const [user, addr] = await Promise.all([byUser.get(userKey(username)), byIp.get(ip)]);
      const waits = [
        user && user.consumedPoints >= limits.perUsername ? user.msBeforeNext : 0,
        addr && addr.consumedPoints >= limits.perIp ? addr.msBeforeNext : 0,
      ];
      return Math.ceil(Math.max(...waits) / 1000);
    },
    async recordFailure(username: string, ip: string): Promise<void> {
      // consume() rejects once the limit is passed; that is the state retryAfter reads, not an error.
      await Promise.allSettled([byUser.consume(userKey(username)), byIp.consume(ip)]);
    },
    async recordSuccess(username: string): Promise<void> {
      await byUser.delete(userKey(username));
    },
  };
}

export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
