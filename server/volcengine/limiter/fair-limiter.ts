import type { Budget, SlotStore } from './slot-store';

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

/** Raised when a queued call's signal aborts before it got a slot. */
export class LimiterAbortError extends Error {
  constructor() {
    super('the call was cancelled before it was sent');
    this.name = 'LimiterAbortError';
  }
}

interface Waiter {
  start: (id: string) => void;
  fail: (err: unknown) => void;
}

/**
 * Keeps upstream calls at or under `limit` in every sliding window of `windowMs`, across all callers (and, with a
 * shared store, across replicas), queueing rather than failing.
 *
 * A slot is held from the moment a call starts until `windowMs` after its answer's headers arrive. The gateway
 * counts a call somewhere between those two moments, so however the network delays arrivals, no window at the
 * gateway can hold more than `limit` calls. A token bucket can't promise that (a full bucket plus a refill lets 2×
 * through in one second), and rate-limiter-flexible's windows are fixed, not sliding.
 *
 * Starts are also smoothed: at most ⌈limit/5⌉ in any tenth of a window. Without it, a big job takes the whole
 * budget in one burst and every slot comes back at the same instant a window later, so a small lookup arriving in
 * between waits a full window per call it makes. Waiting calls are served round robin by key.
 */
export class FairLimiter {
  private readonly queues = new Map<string, Waiter[]>();
  private waitingCount = 0;
  private pumping = false;
  private wakeTimer: NodeJS.Timeout | undefined;
  private wakeAt = Number.POSITIVE_INFINITY;

  constructor(
    private readonly store: SlotStore,
    readonly budget: Budget,
  ) {
    store.onFree?.(() => void this.pump());
  }

  async schedule<T>(task: (slot: Slot) => Promise<T>, { key = '', signal }: ScheduleOptions = {}): Promise<T> {
    const id = await this.acquire(key, signal);
    let released = false;
    const slot: Slot = {
      release: () => {
        if (released) return;
        released = true;
        this.store.release(id);
      },
    };
    try {
      return await task(slot);
    } finally {
      slot.release();
    }
  }

  /** Sends the store's pending releases, so other replicas get the slots back without waiting for leases. */
  async flush(): Promise<void> {
    await this.store.flush?.();
  }

  /** Calls waiting for a slot, over all keys. */
  get queued(): number {
    return this.waitingCount;
  }

  /** How long `calls` more calls take at full pace, in ms: the basis of a job's ETA. */
  drainMs(calls: number): number {
    return Math.ceil((calls / this.budget.limit) * this.budget.windowMs);
  }

  private acquire(key: string, signal?: AbortSignal): Promise<string> {
    if (signal?.aborted) return Promise.reject(new LimiterAbortError());
    return new Promise<string>((resolve, reject) => {
      const waiter: Waiter = {
        start: (id) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(id);
        },
        fail: (err) => {
          signal?.removeEventListener('abort', onAbort);
          reject(err);
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
      void this.pump();
    });
  }

  /** The next waiter, round robin: the first key's first call, then that key goes to the back. */
  private next(): Waiter | undefined {
    const first = this.queues.entries().next();
    if (first.done) return undefined;
    const [key, queue] = first.value;
    const waiter = queue.shift();
    this.queues.delete(key);
    if (queue.length > 0) this.queues.set(key, queue);
    if (waiter) this.waitingCount -= 1;
    return waiter;
  }

  /** Hands out slots while the store allows, one at a time so the round robin holds. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waitingCount > 0) {
        let taken: Awaited<ReturnType<SlotStore['tryTake']>>;
        try {
          taken = await this.store.tryTake();
        } catch (err) {
          // The shared store is down: fail every waiting call now rather than let them hang. Nothing is sent.
          for (let w = this.next(); w; w = this.next()) w.fail(err);
          return;
        }
        if (!taken.taken) {
          this.wakeAfter(taken.retryInMs);
          return;
        }
        const waiter = this.next();
        if (waiter) waiter.start(taken.id);
        else this.store.giveBack(taken.id); // its call was cancelled while we asked
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Looks again in `ms`, unless a look is already due sooner. */
  private wakeAfter(ms: number): void {
    const at = performance.now() + ms;
    if (at >= this.wakeAt) return;
    clearTimeout(this.wakeTimer);
    this.wakeAt = at;
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = undefined;
      this.wakeAt = Number.POSITIVE_INFINITY;
      void this.pump();
    }, ms);
    this.wakeTimer.unref();
  }
}
