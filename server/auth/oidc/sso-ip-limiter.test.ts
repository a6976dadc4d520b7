import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSsoIpLimiter } from './sso-ip-limiter';

describe('Single sign-on limiter per IP', () => {
  // The window is the subject, so the clock is fake: a minute passes at once and the same way on every run.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('When an IP has used its starts, then only its first refusal is marked first, and the window opens again', async () => {
    const limiter = createSsoIpLimiter({ perIp: 2, windowSeconds: 60 });
    expect(await limiter.take('start', '10.0.0.1')).toEqual({ ok: true });
    expect(await limiter.take('start', '10.0.0.1')).toEqual({ ok: true });

    expect(await limiter.take('start', '10.0.0.1')).toEqual({
      ok: false,
      reason: 'limited',
      retryAfter: 60,
      first: true,
    });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await limiter.take('start', '10.0.0.1')).toEqual({
      ok: false,
      reason: 'limited',
      retryAfter: 40,
      first: false,
    });
    expect(await limiter.take('start', '10.0.0.2')).toEqual({ ok: true });
    // Starts and callbacks are counted apart: the callback of a started sign-in is still let through.
    expect(await limiter.take('callback', '10.0.0.1')).toEqual({ ok: true });

    await vi.advanceTimersByTimeAsync(40_000);
    expect(await limiter.take('start', '10.0.0.1')).toEqual({ ok: true });
  });

  it('When the shared store is not connected, then the request is refused as unavailable rather than let through uncounted', async () => {
    const redis = new Redis({ lazyConnect: true });
    const limiter = createSsoIpLimiter({ perIp: 2, windowSeconds: 60 }, { redis, prefix: 'test:' });
    expect(await limiter.take('start', '10.0.0.1')).toEqual({ ok: false, reason: 'unavailable' });
    redis.disconnect();
  });
});
