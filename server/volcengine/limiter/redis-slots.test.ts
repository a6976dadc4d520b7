import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_SERVICES } from '../../testing/external-services';
import { FairLimiter, LimiterAbortError } from './fair-limiter';
import { createRedisSlots } from './redis-slots';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!inject('services').redis)('A budget shared through Redis', () => {
  const redis = new Redis(TEST_SERVICES.redis, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
  // Each run has keys of its own, so runs side by side never share a budget.
  const prefix = `imc-test:${randomUUID()}:`;
  beforeAll(async () => {
    if (redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });
  const replica = (limit: number, windowMs: number, action = 'Act') => {
    const budget = { limit, windowMs };
    return new FairLimiter(createRedisSlots(redis, { prefix, action, budget, leaseMs: 5000 }), budget);
  };

  it('When three replicas share one budget, then no sliding window holds more than the limit across them', async () => {
    const replicas = [replica(10, 400), replica(10, 400), replica(10, 400)];
    const starts: number[] = [];
    await Promise.all(
      replicas.flatMap((limiter) =>
        Array.from({ length: 15 }, () =>
          limiter.schedule(async () => {
            starts.push(performance.now());
            await sleep(5);
          }),
        ),
      ),
    );
    expect(starts).toHaveLength(45);
    starts.sort((a, b) => a - b);
    // A little slack for the clocks of Redis and this process, which differ by a millisecond or two.
    for (const t of starts) expect(starts.filter((s) => s >= t && s < t + 390).length).toBeLessThanOrEqual(10);
  });

  it('When one action is busy, then another action has a budget of its own', async () => {
    const busy = replica(1, 60_000, 'Busy');
    const idle = replica(1, 60_000, 'Idle');
    await busy.schedule(async () => {});
    await expect(idle.schedule(async () => 'went')).resolves.toBe('went');
  });

  it('When released slots are flushed, then each frees a window after its release, not at the end of its lease', async () => {
    const budget = { limit: 5, windowMs: 1000 };
    const store = createRedisSlots(redis, { prefix, action: 'Flush', budget, leaseMs: 60_000 });
    const taken = await Promise.all([store.tryTake(), store.tryTake()]);
    const ids = taken.map((t) => (t.taken ? t.id : ''));
    for (const id of ids) store.release(id);
    await store.flush?.();
    const [seconds = '0'] = await redis.time();
    const now = Number(seconds) * 1000;
    for (const id of ids) {
      const freesAt = Number(await redis.zscore(`${prefix}{limiter:Flush}:held`, id));
      expect(freesAt).toBeGreaterThan(now);
      expect(freesAt).toBeLessThanOrEqual(now + budget.windowMs + 1000);
    }
  });

  it('When the budget is idle, then a take holds one spare slot for the next call, and gives it back unused', async () => {
    const budget = { limit: 100, windowMs: 1000 };
    const store = createRedisSlots(redis, { prefix, action: 'Spare', budget, leaseMs: 60_000, spareMs: 60_000 });
    const heldKey = `${prefix}{limiter:Spare}:held`;
    expect((await store.tryTake()).taken).toBe(true);
    expect(await redis.zcard(heldKey)).toBe(2);
    // The next call gets the spare at once, and the next spare is taken beside it.
    expect((await store.tryTake()).taken).toBe(true);
    await expect.poll(() => redis.zcard(heldKey), { timeout: 5000 }).toBe(3);

    // A spare nobody asks for goes back after a moment (20 ms here).
    const brief = createRedisSlots(redis, { prefix, action: 'Brief', budget, leaseMs: 60_000, spareMs: 20 });
    const briefKey = `${prefix}{limiter:Brief}:held`;
    expect((await brief.tryTake()).taken).toBe(true);
    await expect.poll(() => redis.zcard(briefKey), { timeout: 5000 }).toBe(1);
  });

  it('When Redis goes away, then a spare already held is not used, and nothing is taken', async () => {
    const own = new Redis(TEST_SERVICES.redis, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    if (own.status !== 'ready') await new Promise((resolve) => own.once('ready', resolve));
    const budget = { limit: 100, windowMs: 1000 };
    const store = createRedisSlots(own, { prefix, action: 'Gone', budget, leaseMs: 60_000, spareMs: 60_000 });
    expect((await store.tryTake()).taken).toBe(true);
    expect(await redis.zcard(`${prefix}{limiter:Gone}:held`)).toBe(2);
    const ended = new Promise((resolve) => own.once('end', resolve));
    own.disconnect();
    await ended;
    await expect(store.tryTake()).rejects.toMatchObject({ upstream: { code: 'LimiterUnavailable' } });
  });

  it('When the process stops, then flushing gives its spare back', async () => {
    const budget = { limit: 100, windowMs: 1000 };
    const store = createRedisSlots(redis, { prefix, action: 'Stop', budget, leaseMs: 60_000, spareMs: 60_000 });
    const heldKey = `${prefix}{limiter:Stop}:held`;
    expect((await store.tryTake()).taken).toBe(true);
    expect(await redis.zcard(heldKey)).toBe(2);
    await store.flush?.();
    await expect.poll(() => redis.zcard(heldKey), { timeout: 5000 }).toBe(1);
  });

  it('When half the budget is held, then no spare is taken', async () => {
    // Starts are smoothed per tenth of the window (10 ms here), so the takes are spaced out.
    const budget = { limit: 10, windowMs: 100 };
    const store = createRedisSlots(redis, { prefix, action: 'Half', budget, leaseMs: 60_000, spareMs: 60_000 });
    const heldKey = `${prefix}{limiter:Half}:held`;
    for (let call = 0; call < 5; call += 1) {
      await sleep(20);
      expect((await store.tryTake()).taken).toBe(true);
    }
    // Each call after the first uses the spare and takes the next beside it, until five are held: half the
    // budget, so the fifth call's refill takes none.
    await expect.poll(() => redis.zcard(heldKey), { timeout: 5000 }).toBe(5);
    await sleep(100);
    expect(await redis.zcard(heldKey)).toBe(5);
  });

  it('When Redis is unreachable, then a call fails at once as LimiterUnavailable, and nothing runs', async () => {
    const dead = new Redis('redis://127.0.0.1:1', {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      lazyConnect: true,
    });
    const budget = { limit: 5, windowMs: 1000 };
    const limiter = new FairLimiter(createRedisSlots(dead, { prefix, action: 'Act', budget, leaseMs: 5000 }), budget);
    let ran = false;
    await expect(
      limiter.schedule(async () => {
        ran = true;
      }),
    ).rejects.toMatchObject({ upstream: { code: 'LimiterUnavailable' } });
    expect(ran).toBe(false);
    dead.disconnect();
  });

  it('When a waiting call is cancelled, then it never runs and its turn passes on', async () => {
    const limiter = replica(1, 60_000, 'Cancel');
    await limiter.schedule(async () => {});
    const cancel = new AbortController();
    const waiting = limiter.schedule(async () => 'ran', { signal: cancel.signal });
    cancel.abort();
    await expect(waiting).rejects.toBeInstanceOf(LimiterAbortError);
  });
});

describe.skipIf(!inject('services').redis)('A shared budget with calls longer than its window', () => {
  it('When calls take longer than a window, then queued calls start a window after each answer, not at the lease', async () => {
    const redis = new Redis(TEST_SERVICES.redis, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    if (redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
    const prefix = `imc-test:${randomUUID()}:`;
    try {
      const budget = { limit: 2, windowMs: 200 };
      // A 5 s lease: a call in flight could hold its slot that long, if nothing said when it ended.
      const limiter = new FairLimiter(
        createRedisSlots(redis, { prefix, action: 'Slow', budget, leaseMs: 5000 }),
        budget,
      );
      const started = performance.now();
      const starts: number[] = [];
      await Promise.all(
        Array.from({ length: 6 }, () =>
          limiter.schedule(async () => {
            starts.push(performance.now() - started);
            await sleep(400);
          }),
        ),
      );
      // Two at a time, each pair a window after the previous answers: well under the lease.
      expect(starts.sort((a, b) => a - b).at(-1)).toBeLessThan(3000);
    } finally {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  });
});
