import type { Redis } from 'ioredis';
import { type IRateLimiterOptions, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

/** Where counters live when several replicas must count the same requests. */
export interface SharedCounters {
  redis: Redis;
  prefix: string;
}

/**
 * A rate-limiter-flexible store: in this process's memory, or in Redis when counters are shared, so every
 * replica refuses at the same count. A Redis store that is not ready rejects rather than counting nothing.
 */
export function rateLimiterStore(
  shared: SharedCounters | undefined,
  { name, points, duration }: { name: string; points: number; duration: number },
) {
  const options: IRateLimiterOptions = { keyPrefix: `${shared?.prefix ?? ''}${name}`, points, duration };
  return shared
    ? new RateLimiterRedis({ ...options, storeClient: shared.redis, rejectIfRedisNotReady: true })
    : new RateLimiterMemory(options);
}
