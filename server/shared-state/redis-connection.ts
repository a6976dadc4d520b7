import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * One Redis connection per process, for everything the replicas share. Commands fail at once while Redis is
 * down (no offline queue), so callers can fail closed instead of hanging; it reconnects by itself.
 */
export function connectRedis(url: string, logger: Logger) {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 2000,
    connectTimeout: 2000,
    // Keep trying, at most every 2 s, for as long as the process lives.
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  let lastError = '';
  redis.on('error', (err: Error) => {
    // ioredis repeats the same error on every reconnect attempt; log each change once.
    if (err.message !== lastError) logger.error({ err: err.message }, 'redis unreachable');
    lastError = err.message;
  });
  redis.on('ready', () => {
    if (lastError) logger.info('redis reachable again');
    lastError = '';
  });
  return {
    redis,
    /** True when commands can be sent now. */
    ready: () => redis.status === 'ready',
    /** Why not, for /readyz. */
    problem: () => (redis.status === 'ready' ? null : lastError || `connection ${redis.status}`),
    close: () => redis.quit().catch(() => redis.disconnect()),
  };
}

export type RedisConnection = ReturnType<typeof connectRedis>;
