import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { UpstreamError } from '../upstream-error';
import { type Budget, burstOf, type SlotStore } from './slot-store';

// Atomic, and timed by Redis's own clock, so every replica agrees on "now".
// KEYS: held slots (score = when each frees), recent starts (score = start time).
// ARGV: limit, window ms, burst, tenth of a window ms, lease ms, slot id ('' for none), spare slot id ('' for
// none), ms a spare may wait. Returns {slot taken (1/0), ms until one might free, spare taken (1/0)}. The spare is
// taken only while the budget is mostly idle, and leased for its wait as well, so a call that starts on it late
// is covered as long as one on a fresh slot.
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit, window, burst, tenth, lease = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tenth)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  -- A slot still in flight is scored with its whole lease, but usually frees a window after its headers: look
  -- again within a window, not at the end of the lease.
  return {0, math.max(1, math.min(tonumber(first[2]) - now, window))}
end
if redis.call('ZCARD', KEYS[2]) >= burst then
  local first = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  return {0, math.max(1, tonumber(first[2]) + tenth - now)}
end
local taken, spare = 0, 0
if ARGV[6] ~= '' then
  redis.call('ZADD', KEYS[1], now + lease, ARGV[6])
  redis.call('ZADD', KEYS[2], now, ARGV[6])
  taken = 1
end
if ARGV[7] ~= '' and redis.call('ZCARD', KEYS[1]) * 2 < limit and redis.call('ZCARD', KEYS[2]) < burst then
  redis.call('ZADD', KEYS[1], now + lease + tonumber(ARGV[8]), ARGV[7])
  redis.call('ZADD', KEYS[2], now, ARGV[7])
  spare = 1
end
redis.call('PEXPIRE', KEYS[1], lease + tonumber(ARGV[8]) + window)
redis.call('PEXPIRE', KEYS[2], tenth * 2)
return {taken, 0, spare}`;

// KEYS: held slots. ARGV: slot id, window ms. The slot now ends a window from now; if its lease already ran out (a
// stalled process), it is put back for that window, which the gateway's count still needs.
const RELEASE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
return 1`;

// A spare slot, taken with another while the budget is mostly idle, waits this long for the next call of this
// process; then it is given back. A call that uses it takes the next spare in the background, so under steady
// traffic calls find their slot here and the trips to Redis happen beside them, not before them. It is held
// in Redis all along, so it counts against the budget like any other.
const SPARE_MS = 50;

// Releases wait this long and go together, in one write: off every call's path. A slot is held until its release
// lands, so the wait only ever makes the budget stricter, by at most this much.
const RELEASE_BATCH_MS = 10;

/** The scripts as Redis commands: sent by SHA (EVALSHA), not as a kilobyte of text on every call. */
interface SlotCommands {
  imcTakeSlot(...args: Array<string | number>): Promise<[number, number, number?]>;
  imcReleaseSlot(...args: Array<string | number>): Promise<number>;
}

/** A pipeline's commands queue and chain; exec sends them in one write. */
interface SlotPipeline {
  imcReleaseSlot(...args: Array<string | number>): SlotPipeline;
  exec(): Promise<unknown>;
}

function withSlotCommands(redis: Redis): Redis & SlotCommands {
  if (!('imcTakeSlot' in redis)) {
    redis.defineCommand('imcTakeSlot', { numberOfKeys: 2, lua: TAKE });
    redis.defineCommand('imcReleaseSlot', { numberOfKeys: 1, lua: RELEASE });
  }
  return redis as Redis & SlotCommands;
}

export const limiterUnavailable = () =>
  UpstreamError.unavailable(
    'LimiterUnavailable',
    'The shared rate limit (Redis) is unreachable, so no call was made to Volcengine',
  );

/**
 * Slots in Redis, shared by every replica: one sorted set of held slots per action, each scored with the moment
 * it frees. A slot in flight is leased for the call's timeout plus a window, so a replica that dies mid-call
 * can't leak budget for longer than that. The guarantee is the in-memory one, across the whole fleet.
 */
export function createRedisSlots(
  redis: Redis,
  {
    prefix,
    action,
    budget,
    leaseMs,
    spareMs = SPARE_MS,
  }: { prefix: string; action: string; budget: Budget; leaseMs: number; spareMs?: number },
): SlotStore {
  // One hash tag for both keys, so a Redis Cluster keeps them in one slot, as a script needs.
  const held = `${prefix}{limiter:${action}}:held`;
  const starts = `${prefix}{limiter:${action}}:starts`;
  const listeners: Array<() => void> = [];
  const tenth = Math.ceil(budget.windowMs / 10);
  const commands = withSlotCommands(redis);
  let releasing: string[] = [];
  let releaseTimer: NodeJS.Timeout | undefined;
  let spare: { id: string; timer: NodeJS.Timeout } | null = null;

  const giveBack = (id: string) => {
    redis.zrem(held, id).catch(() => {});
    redis.zrem(starts, id).catch(() => {});
  };
  const keepSpare = (id: string) => {
    const timer = setTimeout(() => {
      if (spare?.id === id) spare = null;
      giveBack(id);
    }, spareMs);
    timer.unref();
    spare = { id, timer };
  };
  const keepOrGiveBack = (id: string) => {
    if (spare)
      giveBack(id); // another take kept one meanwhile
    else keepSpare(id);
  };
  let refilling = false;
  /** Takes the next spare beside the call that used the last one; if the budget is busy, none is taken. */
  const refill = () => {
    if (refilling || spare || redis.status !== 'ready') return;
    refilling = true;
    const spareId = randomUUID();
    commands
      .imcTakeSlot(held, starts, budget.limit, budget.windowMs, burstOf(budget), tenth, leaseMs, '', spareId, spareMs)
      .then(([, , got]) => {
        if (got === 1) keepOrGiveBack(spareId);
      })
      .catch(() => {}) // had it been taken after all, its lease frees it
      .finally(() => {
        refilling = false;
      });
  };
  /** The spare slot, unless Redis is gone: then nothing may be sent, as if there were no spare. */
  const takeSpare = () => {
    const kept = spare;
    spare = null;
    if (!kept) return null;
    clearTimeout(kept.timer);
    if (redis.status === 'ready') return kept.id;
    giveBack(kept.id);
    return null;
  };

  const flush = async () => {
    clearTimeout(releaseTimer);
    releaseTimer = undefined;
    const ids = releasing;
    releasing = [];
    if (ids.length === 0) return;
    const batch = commands.pipeline() as unknown as SlotPipeline;
    for (const id of ids) batch.imcReleaseSlot(held, id, budget.windowMs);
    // If this fails, the leases still free the slots, only later: safe, never over budget.
    await batch.exec().catch(() => {});
    // This process's slots free a window from now: wake the queue then instead of polling for it.
    setTimeout(() => {
      for (const listener of listeners) listener();
    }, budget.windowMs).unref();
  };

  return {
    async tryTake() {
      const kept = takeSpare();
      if (kept) {
        refill();
        return { taken: true, id: kept };
      }
      const [id, spareId] = [randomUUID(), randomUUID()];
      const take = () =>
        commands.imcTakeSlot(
          held,
          starts,
          budget.limit,
          budget.windowMs,
          burstOf(budget),
          tenth,
          leaseMs,
          id,
          spareId,
          spareMs,
        );
      let answer: [number, number, number?];
      try {
        answer = await take();
      } catch {
        // A timeout on a live connection is most often this process's own busy event loop, not Redis: ask once
        // more. Taking the same id twice holds one slot, so the repeat can't spend budget twice.
        if (redis.status !== 'ready') throw limiterUnavailable();
        answer = await take().catch(() => {
          throw limiterUnavailable();
        });
      }
      const [taken, wait, spareTaken] = answer;
      if (spareTaken === 1) keepOrGiveBack(spareId);
      return taken === 1 ? { taken: true, id } : { taken: false, retryInMs: wait };
    },
    release(id) {
      releasing.push(id);
      releaseTimer ??= setTimeout(() => void flush(), RELEASE_BATCH_MS);
    },
    async flush() {
      const kept = takeSpare();
      if (kept) giveBack(kept);
      await flush();
    },
    giveBack,
    onFree: (listener) => void listeners.push(listener),
  };
}
