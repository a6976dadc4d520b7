import { FairLimiter } from './fair-limiter';
import type { Budget, SlotStore } from './slot-store';

// A few ms over a second covers timers that fire a little early and clock granularity at the gateway.
export const WINDOW_MS = 1010;

/** Volcengine limits each action separately, per account: one limiter per action, each with its own budget. */
export class ActionLimiters {
  private readonly limiters = new Map<string, FairLimiter>();

  constructor(
    private readonly qps: number,
    private readonly qpsByAction: Readonly<Record<string, number>>,
    private readonly storeFor: (action: string, budget: Budget) => SlotStore,
  ) {}

  for(action: string): FairLimiter {
    let limiter = this.limiters.get(action);
    if (!limiter) {
      const budget = { limit: this.qpsByAction[action] ?? this.qps, windowMs: WINDOW_MS };
      limiter = new FairLimiter(this.storeFor(action, budget), budget);
      this.limiters.set(action, limiter);
    }
    return limiter;
  }

  /** Before the process stops: see FairLimiter.flush. */
  async flush(): Promise<void> {
    await Promise.all([...this.limiters.values()].map((limiter) => limiter.flush()));
  }

  /** Every limiter made so far, by action: for metrics. */
  entries(): IterableIterator<[string, FairLimiter]> {
    return this.limiters.entries();
  }
}
