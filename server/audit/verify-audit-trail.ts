import { sql } from 'kysely';
import type { DatabaseHandle, Db } from '../db/database';
import { AUDIT_GUARDS } from './audit-chain-migration';
import { POSTGRES_AUDIT_TRIGGERS } from './audit-guards-postgres';
import { toChainContent } from './audit-row';
import { type ChainReport, type NotedHead, type StoredChainRecord, verifyChain } from './verify-chain';

const PAGE = 500;

/** Every audit record, oldest first, with the user IDs the search index holds for it; a page at a time. */
async function* storedRecords(db: Db): AsyncGenerator<StoredChainRecord> {
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    if (rows.length === 0) return;
    const indexed = new Map<number, string[]>();
    const index = await db
      .selectFrom('audit_user_ids')
      .select(['audit_id', 'user_id'])
      .where('audit_id', '>=', rows[0]?.id ?? 0)
      .where('audit_id', '<=', rows.at(-1)?.id ?? 0)
      .execute();
    for (const { audit_id, user_id } of index) {
      const ids = indexed.get(audit_id);
      if (ids) ids.push(user_id);
      else indexed.set(audit_id, [user_id]);
    }
    for (const row of rows) {
      let content: StoredChainRecord['content'];
      try {
        content = toChainContent(row);
      } catch (err) {
        content = { unreadable: (err as Error).message.split('\n')[0] ?? 'unknown' };
      }
      yield {
        id: row.id,
        prevHash: row.prev_hash,
        hash: row.hash,
        content,
        indexedUserIds: indexed.get(row.id) ?? [],
        startedRecord: row.started_record,
      };
      after = row.id;
    }
  }
}

export interface AuditTrailReport extends ChainReport {
  /** Append-only triggers that someone dropped. */
  missingGuards: string[];
}

async function triggerNames(handle: DatabaseHandle, db: Db): Promise<Set<string>> {
  const { rows } =
    handle.dialect === 'sqlite'
      ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'trigger'`.execute(db)
      : // A trigger switched off (ALTER TABLE … DISABLE TRIGGER) guards nothing: it counts as missing.
        await sql<{
          name: string;
        }>`SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'`.execute(db);
  return new Set(rows.map((r) => r.name));
}

/**
 * Verifies the whole trail in one read transaction: a consistent snapshot, even while the server appends or
 * purges (SQLite in WAL mode and PostgreSQL at REPEATABLE READ never make readers block writers).
 */
export async function verifyAuditTrail(
  handle: DatabaseHandle,
  notedHeads: NotedHead[] = [],
): Promise<AuditTrailReport> {
  const begin = handle.db.transaction();
  return (handle.dialect === 'postgres' ? begin.setIsolationLevel('repeatable read') : begin).execute(async (db) => {
    const stray = await db
      .selectFrom('audit_user_ids')
      .select('audit_id')
      .distinct()
      .where('audit_id', 'not in', db.selectFrom('audit_log').select('id'))
      .orderBy('audit_id')
      .limit(10)
      .execute();
    const report = await verifyChain(storedRecords(db), { notedHeads, strayIndexIds: stray.map((r) => r.audit_id) });
    const triggers = await triggerNames(handle, db);
    const expected: readonly string[] = handle.dialect === 'sqlite' ? AUDIT_GUARDS : POSTGRES_AUDIT_TRIGGERS;
    return { ...report, missingGuards: expected.filter((name) => !triggers.has(name)) };
  });
}
