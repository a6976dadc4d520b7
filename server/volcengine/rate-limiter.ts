/** What a scheduled call can do with its slot. */
export interface Slot {
  /**
   * The gateway has seen the call (its answer's headers arrived): the slot's window starts now, not when the
   * body has been read and parsed. Called automatically when the task settles, if the task didn't.
   */
  release(): void;
}

export interface ScheduleOptions {
  /** Calls are served round robin between keys (operators), so one big job can't starve a small lookup. */
  key?: string;
  /** Aborting removes a waiting call from the queue: a batch not yet sent is never sent. */
  signal?: AbortSignal;
}

interface Waiter {
  start: () => void;
}

/** Raised when a queued call's signal aborts before it got a slot. */
export class LimiterAbortError extends Error {
  constructor() {
    super('the call was cancelled before it was sent');
    this.name = 'LimiterAbortError';
  }
}

/**
 * Keeps upstream calls at or under `limit` in every sliding window of `windowMs`, across all callers,
 * queueing rather than failing.
 *
 * A slot is held from the moment a call starts until `windowMs` after its answer's headers arrive. The gateway
 * counts a call somewhere between those two moments, so however the network delays arrivals, no window at the
 * gateway can hold more than `limit` calls. A token bucket can't promise that (a full bucket plus a refill lets 2×
 * through in one second), and rate-limiter-flexible's windows are fixed, not sliding.
 *
 * Starts are also smoothed: at most ⌈limit/10⌉ in any tenth of a window. Without it, a big job takes the whole
 * budget in one burst and every slot comes back at the same instant a window later, so a small lookup arriving in
 * between waits a full window per call it makes. Waiting calls are served round robin by key.
 */
export class SlidingWindowLimiter {
  private inUse = 0;
  private readonly queues = new Map<string, Waiter[]>();
  private waitingCount = 0;
  private readonly burst: number;
  private recentStarts: number[] = [];
  private wakeTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly limit: number,
    // A few ms of margin covers timers that fire a little early and clock granularity at the gateway.
    readonly windowMs = 1010,
  ) {
    this.burst = Math.max(1, Math.ceil(limit / 10));
  }

  async schedule<T>(task: (slot: Slot) => Promise<T>, { key = '', signal }: ScheduleOptions = {}): Promise<T> {
    await this.acquire(key, signal);
    let released = false;
    const slot: Slot = {
      release: () => {
        if (released) return;
        released = true;
        setTimeout(() => this.free(), this.windowMs).unref();
      },
    };
    try {
      return await task(slot);
    } finally {
      slot.release();
    }
  }

  /** Calls waiting for a slot, over all keys. */
  get queued(): number {
    return this.waitingCount;
  }

  /** How long the queue ahead would take to drain at full pace, in ms: the basis of a job's ETA. */
  drainMs(calls: number): number {
    return Math.ceil((calls / this.limit) * this.windowMs);
  }

  private acquire(key: string, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new LimiterAbortError());
    if (this.waitingCount === 0 && this.canStart()) {
      this.take();
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        const queue = this.queues.get(key);
        const index = queue?.indexOf(waiter) ?? -1;
        if (queue && index >= 0) {
          queue.splice(index, 1);
          this.waitingCount -= 1;
          if (queue.length === 0) this.queues.delete(key);
          reject(new LimiterAbortError());
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const queue = this.queues.get(key);
      if (queue) queue.push(waiter);
      else this.queues.set(key, [waiter]);
      this.waitingCount += 1;
      this.pump();
    });
  }

  private canStart(now = performance.now()): boolean {
    if (this.inUse >= this.limit) return false;
    const cutoff = now - this.windowMs / 10;
    while (this.recentStarts.length > 0 && (this.recentStarts[0] ?? 0) <= cutoff) this.recentStarts.shift();
    return this.recentStarts.length < this.burst;
  }

  private take(): void {
    this.inUse += 1;
    this.recentStarts.push(performance.now());
  }

  private free(): void {
    this.inUse -= 1;
    this.pump();
  }

  /** Starts waiting calls while slots allow, one key at a time in turn. */
  private pump(): void {
    while (this.waitingCount > 0 && this.canStart()) {
      // Maps iterate in insertion order: take the first key's next call, then move that key to the back.
      const [key, queue] = this.queues.entries().next().value as [string, Waiter[]];
      const waiter = queue.shift();
      this.queues.delete(key);
      if (queue.length > 0) this.queues.set(key, queue);
      if (!waiter) continue;
      this.waitingCount -= 1;
      this.take();
      waiter.start();
    }
    // Held back only by the burst smoothing: look again when the oldest recent start leaves its tenth.
    if (this.waitingCount > 0 && this.inUse < this.limit && this.wakeTimer === undefined) {
      const wait = Math.max(1, (this.recentStarts[0] ?? 0) + this.windowMs / 10 - performance.now());
      this.wakeTimer = setTimeout(() => {
        this.wakeTimer = undefined;
        this.pump();
      }, wait);
      this.wakeTimer.unref();
    }
  }
}

/** Volcengine limits each action separately, per account: one limiter per action, each with its own budget. */
export class ActionLimiters {
  private readonly limiters = new Map<string, SlidingWindowLimiter>();

  constructor(
    private readonly qps: number,
    private readonly qpsByAction: Readonly<Record<string, number>> = {},
  ) {}

  for(action: string): SlidingWindowLimiter {
    let limiter = this.limiters.get(action);
    if (!limiter) {
      limiter = new SlidingWindowLimiter(this.qpsByAction[action] ?? this.qps);
      this.limiters.set(action, limiter);
    }
    return limiter;
  }
}
