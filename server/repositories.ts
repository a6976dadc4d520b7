import { auditQueries, createAuditRepository } from './audit/audit-repository';
import { createSessionRepository } from './auth/session-repository';
import type { DatabaseHandle, Db } from './db/database';
import { createSavedLookupRepository } from './history/saved-lookup-repository';
import { createOperatorRepository } from './operators/operator-repository';

/** Operators and sessions on a database or on a write-locked transaction. */
const storeOn = (db: Db, now: () => number) => ({
  operators: createOperatorRepository(db, now),
  sessions: createSessionRepository(db),
});

/** The data access every entry point shares (the server, the CLIs, the tests), on SQLite or PostgreSQL alike. */
export function createRepositories(
  handle: DatabaseHandle,
  now: () => number = Date.now,
  savedLookupMs = 30 * 24 * 3600 * 1000,
) {
  return {
    ...storeOn(handle.db, now),
    audit: createAuditRepository(handle, now),
    savedLookups: createSavedLookupRepository(handle.db, savedLookupMs, now),
    /**
     * Runs fn with repositories bound to one transaction that holds the database's write lock; audit records
     * it appends are part of that transaction (and already hold the chain's lock).
     */
    writeLocked: <T>(
      fn: (
        store: ReturnType<typeof storeOn> & { audit: { append: ReturnType<typeof auditQueries>['appendLocked'] } },
      ) => Promise<T>,
    ) => handle.writeLocked((tx) => fn({ ...storeOn(tx, now), audit: { append: auditQueries(tx, now).appendLocked } })),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
