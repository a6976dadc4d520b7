/** Where a limiter's slots are kept: in this process, or in Redis when several replicas share one budget. */
export interface SlotStore {
  /**
   * Takes a slot if the budget allows one now. Otherwise says how long until one might free up (a hint: another
   * replica may take it first). Throws when the store can't be reached.
   */
  tryTake(): Promise<{ taken: true; id: string } | { taken: false; retryInMs: number }>;
  /** The call's answer headers arrived (or it failed): the slot frees one window from now. */
  release(id: string): void;
  /** The slot was taken but no call was made: it frees at once. */
  giveBack(id: string): void;
  /** Sends what the store still holds back (releases it batches), before the process stops. */
  flush?: () => Promise<void>;
  /** Called by the store when one of this process's slots frees, so waiting calls can go at once. */
  onFree?: (listener: () => void) => void;
}

/** The budget every store enforces. */
export interface Budget {
  /** Calls in any sliding window. */
  limit: number;
  windowMs: number;
}

/**
 * Starts are smoothed to at most ⌈limit/5⌉ in any tenth of a window; see FairLimiter. A fifth, not a tenth: a full
 * budget then starts within half a window, so a job that fits one window isn't stretched to a whole one, while the
 * slots still come back spread over five moments rather than one.
 */
export const burstOf = ({ limit }: Budget) => Math.max(1, Math.ceil(limit / 5));
