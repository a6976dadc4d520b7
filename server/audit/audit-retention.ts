import type { Logger } from 'pino';
import type { AuditRepository } from './audit-repository';

const DAY_MS = 24 * 3600 * 1000;

/** Purges audit records older than the retention period now and then daily. Returns a stop function. */
export function scheduleAuditRetention(audit: AuditRepository, retentionDays: number, logger: Logger, now = Date.now) {
  const purge = () => {
    try {
      const removed = audit.purgeOlderThan(now() - retentionDays * DAY_MS, retentionDays);
      logger.info({ removed, retentionDays }, 'audit retention purge');
    } catch (err) {
      // A busy or full database must not take the console down; the next run tries again.
      logger.error({ err }, 'audit retention purge failed');
    }
  };
  purge();
  const timer = setInterval(purge, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
