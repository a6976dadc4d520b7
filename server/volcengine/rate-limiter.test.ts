import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from './rate-limiter';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SlidingWindowLimiter', () => {
  it('When a burst exceeds the limit, then no sliding window holds more than the limit and nothing is rejected', async () => {
    // 200 ms windows with the same 10 ms margin production keeps over 1000 ms.
    const limiter = new SlidingWindowLimiter(5, 210);
    const events: Array<{ start: number; end: number }> = [];
    await Promise.all(
      Array.from({ length: 17 }, () =>
        limiter.schedule(async () => {
          const start = performance.now();
          await sleep(Math.random() * 20);
          events.push({ start, end: performance.now() });
        }),
      ),
    );
    expect(events).toHaveLength(17);
    // A later call must start a full window after an earlier call *ended*, once five are in that window.
    const starts = events.map((e) => e.start).sort((a, b) => a - b);
    for (const t of starts) {
      expect(starts.filter((s) => s >= t && s < t + 200).length).toBeLessThanOrEqual(5);
    }
    // 17 calls at 5 per 200 ms need at least three further windows.
    expect((starts.at(-1) ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(600);
  });

  it('When calls fail, then their slots are still released', async () => {
    const limiter = new SlidingWindowLimiter(1, 50);
    await expect(limiter.schedule(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.schedule(async () => 'ok')).resolves.toBe('ok');
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
