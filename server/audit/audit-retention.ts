import type { Logger } from 'pino';
import type { AuditRepository } from './audit-repository';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Purges audit records older than the retention period now (resolving once that first purge is done) and then
 * daily. Resolves to a stop function.
 */
export async function scheduleAuditRetention(
  audit: Pick<AuditRepository, 'purgeOlderThan'>,
  retentionDays: number,
  logger: Logger,
  now = Date.now,
) {
  const purge = async () => {
    try {
      const removed = await audit.purgeOlderThan(now() - retentionDays * DAY_MS, retentionDays);
      logger.info({ removed, retentionDays }, 'audit retention purge');
    } catch (err) {
      // A busy or full database must not take the console down; the next run tries again.
      logger.error({ err }, 'audit retention purge failed');
    }
  };
  await purge();
  const timer = setInterval(() => void purge(), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
