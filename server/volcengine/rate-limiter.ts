/**
 * Keeps upstream calls at or under `limit` in every sliding window of `windowMs`, across all callers,
 * queueing (FIFO) rather than failing.
 *
 * A slot is held from the moment a call starts until `windowMs` after it settles. The gateway sees a
 * call somewhere between those two moments, so however the network delays arrivals, no window at the
 * gateway can hold more than `limit` calls. A token bucket can't promise that (a full bucket plus a
 * refill lets 2× through in one second), and rate-limiter-flexible's windows are fixed, not sliding.
 */
export class SlidingWindowLimiter {
  private inUse = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly limit: number,
    // A few ms of margin covers timers that fire a little early and clock granularity at the gateway.
    private readonly windowMs = 1010,
  ) {}

  async schedule<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      setTimeout(() => this.release(), this.windowMs).unref();
    }
  }

  get queued(): number {
    return this.waiting.length;
  }

  private acquire(): Promise<void> {
    if (this.inUse < this.limit) {
      this.inUse += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    // Hand the slot straight to the next waiter, so a burst can't overtake the queue.
    if (next) next();
    else this.inUse -= 1;
  }
}
