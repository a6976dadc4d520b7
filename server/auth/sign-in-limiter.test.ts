import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSignInLimiter } from './sign-in-limiter';

const untrusted = (username: string, ip: string) => ({ username, ip, deviceId: null });
const limits = (perUsername: number, perIp: number, windowSeconds: number, perDevice = 10) => ({
  perUsername,
  perIp,
  perDevice,
  windowSeconds,
});

describe('Sign-in limiter', () => {
  // The window is the subject, so the clock is fake: a minute passes at once and the same way on every run.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('When a username has used its attempts, then it waits out the rest of the window and may then try again', async () => {
    const limiter = createSignInLimiter(limits(3, 100, 60));
    for (let i = 0; i < 3; i += 1) expect((await limiter.take(untrusted('alice', `10.0.0.${i}`))).retryAfter).toBe(0);

    expect((await limiter.take(untrusted('alice', '10.0.0.9'))).retryAfter).toBe(60);
    await vi.advanceTimersByTimeAsync(45_000);
    expect((await limiter.take(untrusted(' Alice', '10.0.0.9'))).retryAfter).toBe(15);
    await vi.advanceTimersByTimeAsync(15_000);

    expect((await limiter.take(untrusted('alice', '10.0.0.9'))).retryAfter).toBe(0);
  });

  it('When an IP has used its attempts across usernames, then every username waits from that IP, and no other IP does', async () => {
    const limiter = createSignInLimiter(limits(100, 2, 900));
    await limiter.take(untrusted('u1', '10.0.0.1'));
    await limiter.take(untrusted('u2', '10.0.0.1'));
    await vi.advanceTimersByTimeAsync(60_000);

    expect((await limiter.take(untrusted('u3', '10.0.0.1'))).retryAfter).toBe(840);
    expect((await limiter.take(untrusted('u3', '10.0.0.2'))).retryAfter).toBe(0);
  });

  it('When a trusted browser fails, then only its device cookie counts, and its window runs out too', async () => {
    const limiter = createSignInLimiter(limits(1, 1, 60, 2));
    const trusted = { username: 'admin', ip: '10.0.0.1', deviceId: 'device-1' };
    expect(await limiter.take(untrusted('admin', '10.0.0.2'))).toMatchObject({ retryAfter: 0, trusted: false });
    expect((await limiter.take(untrusted('admin', '10.0.0.3'))).retryAfter).toBeGreaterThan(0);
    // The username is locked for untrusted browsers; the admin's own browser still gets in.
    expect(await limiter.take(trusted)).toMatchObject({ retryAfter: 0, trusted: true });
    expect(await limiter.take(trusted)).toMatchObject({ retryAfter: 0, trusted: true });
    // After its own two failures the cookie counts as untrusted, and the username is locked for those.
    expect((await limiter.take(trusted)).trusted).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await limiter.take(trusted)).toMatchObject({ retryAfter: 0, trusted: true });
  });
});
