/**
 * The gateway's per-account QPS limit: at most `qps` calls in any sliding one-second window.
 * It also keeps the figures benchmarks report: calls, throttles and the busiest window seen.
 */
export class FlowLimit {
  private arrivals: number[] = [];
  private head = 0;
  calls = 0;
  throttled = 0;
  busiestWindow = 0;

  constructor(readonly qps: number) {}

  /** Records an arrival; false means it must be rejected with FlowLimitExceeded. */
  admit(now: number): boolean {
    while (this.head < this.arrivals.length && (this.arrivals[this.head] ?? 0) <= now - 1000) this.head += 1;
    if (this.head > 4096) {
      this.arrivals = this.arrivals.slice(this.head);
      this.head = 0;
    }
    this.calls += 1;
    this.arrivals.push(now);
    this.busiestWindow = Math.max(this.busiestWindow, this.arrivals.length - this.head);
    // Throttled calls count toward the window too, so a caller hammering the gateway stays throttled.
    if (this.arrivals.length - this.head > this.qps) {
      this.throttled += 1;
      return false;
    }
    return true;
  }

  stats() {
    return { calls: this.calls, throttled: this.throttled, busiestWindow: this.busiestWindow, qps: this.qps };
  }

  reset(): void {
    this.arrivals = [];
    this.head = 0;
    this.calls = 0;
    this.throttled = 0;
    this.busiestWindow = 0;
  }
}

/** Volcengine limits each action separately, per account: one FlowLimit per action. */
export class FlowLimits {
  private readonly limits = new Map<string, FlowLimit>();

  constructor(
    readonly qps: number,
    private readonly qpsByAction: Readonly<Record<string, number>> = {},
  ) {}

  for(action: string): FlowLimit {
    let limit = this.limits.get(action);
    if (!limit) {
      limit = new FlowLimit(this.qpsByAction[action] ?? this.qps);
      this.limits.set(action, limit);
    }
    return limit;
  }

  /** Totals over every action; busiestWindow is the busiest of any single action's windows. */
  stats() {
    const byAction = Object.fromEntries([...this.limits].map(([action, limit]) => [action, limit.stats()]));
    const all = Object.values(byAction);
    return {
      calls: all.reduce((n, s) => n + s.calls, 0),
      throttled: all.reduce((n, s) => n + s.throttled, 0),
      busiestWindow: Math.max(0, ...all.map((s) => s.busiestWindow)),
      qps: this.qps,
      byAction,
    };
  }

  reset(): void {
    this.limits.clear();
  }
}
