import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SlidingWindowLimiter } from './rate-limiter';

// Time is what the limiter is about, so the clock is fake: every run sees the same schedule, however busy the
// machine, and a second of windows takes no time.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const WINDOW_MS = 1010;

describe('SlidingWindowLimiter', () => {
  it('When a burst exceeds the limit, then no call starts while the limit is held and none is rejected', async () => {
    const limiter = new SlidingWindowLimiter(5, WINDOW_MS);
    const calls: Array<{ start: number; end: number }> = [];
    const burst = Array.from({ length: 17 }, (_, i) =>
      limiter.schedule(async () => {
        const start = Date.now();
        // Calls take different times, as upstream calls do.
        await new Promise((resolve) => setTimeout(resolve, (i * 37) % 200));
        calls.push({ start, end: Date.now() });
      }),
    );

    await vi.runAllTimersAsync();
    await Promise.all(burst);

    expect(calls).toHaveLength(17);
    // A call holds its slot from its start until a full window after it ends: never more than five at once.
    for (const { start } of calls) {
      const holding = calls.filter((other) => other.start <= start && start < other.end + WINDOW_MS);
      expect(holding.length).toBeLessThanOrEqual(5);
    }
    // So no window of starts, wherever it begins, holds more than five.
    const starts = calls.map((call) => call.start).sort((a, b) => a - b);
    for (const t of starts) expect(starts.filter((s) => s >= t && s < t + WINDOW_MS).length).toBeLessThanOrEqual(5);
    // 17 calls at five per window need three more windows after the first five.
    expect((starts.at(-1) ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(3 * WINDOW_MS);
  });

  it('When a call fails, then its slot is still released, a window after it failed', async () => {
    const limiter = new SlidingWindowLimiter(1, WINDOW_MS);
    await expect(limiter.schedule(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const failedAt = Date.now();

    const next = limiter.schedule(async () => Date.now());
    await vi.advanceTimersByTimeAsync(WINDOW_MS - 1);
    expect(limiter.queued).toBe(1);
    await vi.advanceTimersByTimeAsync(1);

    await expect(next).resolves.toBe(failedAt + WINDOW_MS);
  });

  it('When under the limit, then calls start at once and the next one queues', async () => {
    const limiter = new SlidingWindowLimiter(3, 60_000);
    let running = 0;
    const never = new Promise<void>(() => {});
    for (let i = 0; i < 4; i += 1) {
      void limiter.schedule(() => {
        running += 1;
        return never;
      });
    }
    await Promise.resolve();
    expect(running).toBe(3);
    expect(limiter.queued).toBe(1);
  });
});
