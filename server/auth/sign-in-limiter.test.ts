import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSignInLimiter } from './sign-in-limiter';

describe('Sign-in limiter', () => {
  // The window is the subject, so the clock is fake: a minute passes at once and the same way on every run.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('When a username has used its attempts, then it waits out the rest of the window and may then try again', async () => {
    const limiter = createSignInLimiter({ perUsername: 3, perIp: 100, windowSeconds: 60 });
    for (let i = 0; i < 3; i += 1) expect(await limiter.take('alice', `10.0.0.${i}`)).toBe(0);

    expect(await limiter.take('alice', '10.0.0.9')).toBe(60);
    await vi.advanceTimersByTimeAsync(45_000);
    expect(await limiter.take(' Alice', '10.0.0.9')).toBe(15);
    await vi.advanceTimersByTimeAsync(15_000);

    expect(await limiter.take('alice', '10.0.0.9')).toBe(0);
  });

  it('When an IP has used its attempts across usernames, then every username waits from that IP, and no other IP does', async () => {
    const limiter = createSignInLimiter({ perUsername: 100, perIp: 2, windowSeconds: 900 });
    await limiter.take('u1', '10.0.0.1');
    await limiter.take('u2', '10.0.0.1');
    await vi.advanceTimersByTimeAsync(60_000);

    expect(await limiter.take('u3', '10.0.0.1')).toBe(840);
    expect(await limiter.take('u3', '10.0.0.2')).toBe(0);
  });

  it('When a sign-in succeeds, then the username starts counting again', async () => {
    const limiter = createSignInLimiter({ perUsername: 2, perIp: 100, windowSeconds: 60 });
    await limiter.take('bob', '10.0.0.1');
    await limiter.take('bob', '10.0.0.1');

    await limiter.succeeded('bob', '10.0.0.1');

    expect(await limiter.take('bob', '10.0.0.1')).toBe(0);
  });
});
