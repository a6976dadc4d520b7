import type { Logger } from 'pino';
import type { AuditRepository } from './audit-repository';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Logs the audit chain's head now and then daily. Logs usually leave the machine (shipped, rotated, archived), so
 * they keep heads an attacker who rewrites the database can't reach; `npm run audit -- verify --head` checks one.
 * Returns a stop function.
 */
export function scheduleAuditHeadLog(audit: Pick<AuditRepository, 'head'>, logger: Logger) {
  const log = async () => {
    try {
      const head = await audit.head();
      logger.info({ id: head?.id ?? null, hash: head?.hash ?? null }, 'audit chain head');
    } catch (err) {
      logger.error({ err }, 'could not read the audit chain head');
    }
  };
  void log();
  const timer = setInterval(() => void log(), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
