import { randomUUID } from 'node:crypto';
import { type Budget, burstOf, type SlotStore } from './slot-store';

/** Slots kept in this process: the embedded default for a single console. */
export function createMemorySlots(budget: Budget): SlotStore {
  const held = new Set<string>();
  const recentStarts: number[] = [];
  const listeners: Array<() => void> = [];
  const burst = burstOf(budget);
  const tenth = budget.windowMs / 10;

  const free = (id: string) => {
    if (!held.delete(id)) return;
    for (const listener of listeners) listener();
  };

  return {
    async tryTake() {
      const now = performance.now();
      while (recentStarts.length > 0 && (recentStarts[0] ?? 0) <= now - tenth) recentStarts.shift();
      // A local release wakes the queue itself, so a full budget needs no retry hint.
      if (held.size >= budget.limit) return { taken: false, retryInMs: budget.windowMs };
      if (recentStarts.length >= burst)
        return { taken: false, retryInMs: Math.max(1, (recentStarts[0] ?? 0) + tenth - now) };
      const id = randomUUID();
      held.add(id);
      recentStarts.push(now);
      return { taken: true, id };
    },
    release(id) {
      if (held.has(id)) setTimeout(() => free(id), budget.windowMs).unref();
    },
    giveBack: free,
    onFree: (listener) => void listeners.push(listener),
  };
}
