import type { Db } from '../db/open-database';
import { AUDIT_GUARDS } from './audit-chain-migration';
import { type AuditRow, toChainContent } from './audit-row';
import { type ChainReport, type NotedHead, type StoredChainRecord, verifyChain } from './verify-chain';

const PAGE = 500;

/** Every audit record, oldest first, with the user IDs the search index holds for it; a page at a time. */
function* storedRecords(db: Db): Generator<StoredChainRecord> {
  const page = db.prepare<[number], AuditRow>(`SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT ${PAGE}`);
  const index = db.prepare<[number, number], { audit_id: number; user_id: string }>(
    'SELECT audit_id, user_id FROM audit_user_ids WHERE audit_id BETWEEN ? AND ?',
  );
  let after = Number.MIN_SAFE_INTEGER;
  for (let rows = page.all(after); rows.length > 0; rows = page.all(after)) {
    const indexed = new Map<number, string[]>();
    for (const { audit_id, user_id } of index.all(rows[0]?.id ?? 0, rows.at(-1)?.id ?? 0)) {
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
      yield { id: row.id, prevHash: row.prev_hash, hash: row.hash, content, indexedUserIds: indexed.get(row.id) ?? [] };
      after = row.id;
    }
  }
}

export interface AuditTrailReport extends ChainReport {
  /** Append-only triggers that someone dropped. */
  missingGuards: string[];
}

/**
 * Verifies the whole trail in one read transaction: a consistent snapshot, even while the server appends or
 * purges (in WAL mode readers never block writers).
 */
export function verifyAuditTrail(db: Db, notedHeads: NotedHead[] = []): AuditTrailReport {
  return db.transaction(() => {
    const strayIndexIds = db
      .prepare<[], { audit_id: number }>(
        `SELECT DISTINCT audit_id FROM audit_user_ids WHERE audit_id NOT IN (SELECT id FROM audit_log)
         ORDER BY audit_id LIMIT 10`,
      )
      .all()
      .map((r) => r.audit_id);
    const report = verifyChain(storedRecords(db), { notedHeads, strayIndexIds });
    const triggers = new Set(
      db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        .all()
        .map((r) => r.name),
    );
    return { ...report, missingGuards: AUDIT_GUARDS.filter((name) => !triggers.has(name)) };
  })();
}
