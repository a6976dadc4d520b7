import { RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimiterStore, type SharedCounters } from '../../shared-state/rate-limiter-store';

export interface SsoLimits {
  /** Starts, and separately callbacks, that one client IP may make per window. */
  perIp: number;
  windowSeconds: number;
}

/** A person signs in with one start and one callback; 30 a minute leaves room for a shared office NAT. */
export const DEFAULT_SSO_LIMITS: SsoLimits = { perIp: 30, windowSeconds: 60 };

export type SsoStep = 'start' | 'callback';

export type SsoAdmission =
  | { ok: true }
  /** `first`: the first refusal of this IP in this window, the one worth an audit record. */
  | { ok: false; reason: 'limited'; retryAfter: number; first: boolean }
  /** The shared store (Redis) is down. */
  | { ok: false; reason: 'unavailable' };

/**
 * Counts single sign-on requests per client IP. Every start writes a flow to the database and every callback
 * calls the provider, so without a cap one client could fill the flow table or use the console to flood the
 * provider. Unlike password sign-in, every request counts, success or not: there is no password to guess,
 * only work to cause.
 */
export function createSsoIpLimiter(limits: SsoLimits = DEFAULT_SSO_LIMITS, shared?: SharedCounters) {
  const stores = {
    start: rateLimiterStore(shared, { name: 'sso:start', points: limits.perIp, duration: limits.windowSeconds }),
    callback: rateLimiterStore(shared, { name: 'sso:callback', points: limits.perIp, duration: limits.windowSeconds }),
  };
  return {
    async take(step: SsoStep, ip: string): Promise<SsoAdmission> {
      try {
        await stores[step].consume(ip);
        return { ok: true };
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) return { ok: false, reason: 'unavailable' };
        return {
          ok: false,
          reason: 'limited',
          retryAfter: Math.ceil(err.msBeforeNext / 1000),
          first: err.consumedPoints === limits.perIp + 1,
        };
      }
    },
  };
}

export type SsoIpLimiter = ReturnType<typeof createSsoIpLimiter>;
