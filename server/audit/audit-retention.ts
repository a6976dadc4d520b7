import type { Logger } from 'pino';
import type { AuditRepository } from './audit-repository';

const DAY_MS = 24 * 3600 * 1000;

/** Purges audit records older than the retention period now and then daily. Returns a stop function. */
export function scheduleAuditRetention(audit: AuditRepository, retentionDays: number, logger: Logger, now = Date.now) {
  const purge = () => {
    const removed = audit.purgeOlderThan(now() - retentionDays * DAY_MS, retentionDays);
    logger.info({ removed, retentionDays }, 'audit retention purge');
  };
  purge();
  const timer = setInterval(purge, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
