import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FairLimiter, LimiterAbortError } from './fair-limiter';
import { createMemorySlots } from './memory-slots';

const limiterOf = (limit: number, windowMs: number) =>
  new FairLimiter(createMemorySlots({ limit, windowMs }), { limit, windowMs });

/** A task that records when it started and finishes when the test says so. */
function controlledTask(log: Array<{ name: string; at: number }>, name: string) {
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    run: async () => {
      log.push({ name, at: performance.now() });
      await done;
      return name;
    },
    finish: () => finish(),
  };
}

describe('FairLimiter with slots in memory', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('When a burst exceeds the limit, then no sliding window holds more than the limit and nothing is rejected', async () => {
    const limiter = limiterOf(5, 1000);
    const starts: number[] = [];
    const all = Promise.all(
      Array.from({ length: 17 }, () =>
        limiter.schedule(async () => {
          starts.push(performance.now());
          await new Promise((resolve) => setTimeout(resolve, 30));
        }),
      ),
    );
    await vi.advanceTimersByTimeAsync(10_000);
    await all;
    expect(starts).toHaveLength(17);
    for (const t of starts) expect(starts.filter((s) => s >= t && s < t + 1000).length).toBeLessThanOrEqual(5);
    // 17 calls at 5 per window need three further windows.
    expect((starts.at(-1) ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(3000);
  });

  it('When calls fail, then their slots are still released', async () => {
    const limiter = limiterOf(1, 50);
    await expect(limiter.schedule(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const next = limiter.schedule(async () => 'ok');
    await vi.advanceTimersByTimeAsync(60);
    await expect(next).resolves.toBe('ok');
  });

  it('When under the limit, then calls start at once and the next one queues', async () => {
    const limiter = limiterOf(3, 60_000);
    // With a budget of 3, one call may start per tenth of the window; the fourth waits for a slot.
    let running = 0;
    const never = new Promise<void>(() => {});
    for (let i = 0; i < 4; i += 1) {
      void limiter.schedule(() => {
        running += 1;
        return never;
      });
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(running).toBe(1);
    await vi.advanceTimersByTimeAsync(12_000);
    expect(running).toBe(3);
    expect(limiter.queued).toBe(1);
  });

  it("When a call's answer headers arrive, then its window starts then, not when its body is done", async () => {
    const limiter = limiterOf(1, 1000);
    const log: Array<{ name: string; at: number }> = [];
    const slow = controlledTask(log, 'slow');
    void limiter.schedule(async (slot) => {
      await new Promise((resolve) => setTimeout(resolve, 50)); // headers after 50 ms
      slot.release();
      return slow.run(); // the body takes a long time yet
    });
    const next = limiter.schedule(async () => log.push({ name: 'next', at: performance.now() }));
    await vi.advanceTimersByTimeAsync(1100);
    await next;
    expect(log.map((e) => e.name)).toEqual(['slow', 'next']);
    expect(log[1]?.at).toBeGreaterThanOrEqual(1050);
    expect(log[1]?.at).toBeLessThan(1100);
    slow.finish();
  });

  it('When one key has queued many calls, then another key is served in turn, not after all of them', async () => {
    const limiter = limiterOf(2, 1000);
    const order: string[] = [];
    const calls = [
      ...Array.from({ length: 6 }, (_, i) => limiter.schedule(async () => order.push(`big${i}`), { key: 'big' })),
    ];
    await vi.advanceTimersByTimeAsync(0);
    calls.push(limiter.schedule(async () => order.push('small'), { key: 'small' }));
    await vi.advanceTimersByTimeAsync(5000);
    await Promise.all(calls);
    // big0 and big1 took the two slots; when the first comes back, the small key is next.
    expect(order.slice(0, 3)).toEqual(['big0', 'big1', 'small']);
  });

  it('When a queued call is aborted, then it is never started and its place goes to the next', async () => {
    const limiter = limiterOf(1, 1000);
    const started: string[] = [];
    void limiter.schedule(async () => started.push('first'));
    const cancel = new AbortController();
    const aborted = limiter.schedule(async () => started.push('aborted'), { signal: cancel.signal });
    const last = limiter.schedule(async () => started.push('last'));
    cancel.abort();
    await expect(aborted).rejects.toBeInstanceOf(LimiterAbortError);
    expect(limiter.queued).toBe(1);
    await vi.advanceTimersByTimeAsync(1100);
    await last;
    expect(started).toEqual(['first', 'last']);
  });

  it('When a big burst arrives, then starts are spread out: at most a fifth of the budget per tenth of a window', async () => {
    const limiter = limiterOf(100, 1000);
    const starts: number[] = [];
    const all = Promise.all(
      Array.from({ length: 100 }, () => limiter.schedule(async () => starts.push(performance.now()))),
    );
    await vi.advanceTimersByTimeAsync(2000);
    await all;
    for (const t of starts) expect(starts.filter((s) => s >= t && s < t + 100).length).toBeLessThanOrEqual(20);
    // …and they are spread: the last starts no sooner than four tenths after the first.
    expect((starts.at(-1) ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(400);
    // All 100 still fit in one window: the smoothing costs no throughput.
    expect((starts.at(-1) ?? 0) - (starts[0] ?? 0)).toBeLessThan(1000);
  });
});
