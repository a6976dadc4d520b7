import type Database from 'better-sqlite3';
import { chainHash, GENESIS_HASH } from './audit-chain';
import { type AuditRow, toChainContent } from './audit-row';

/** The triggers that keep the audit tables append-only; `npm run audit -- verify` checks they are all there. */
export const AUDIT_GUARDS = [
  'audit_log_append_only',
  'audit_log_no_update',
  'audit_log_no_delete',
  'audit_user_ids_append_only',
  'audit_user_ids_no_update',
  'audit_user_ids_no_delete',
] as const;

const BEFORE = `
  ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
  ALTER TABLE audit_log ADD COLUMN hash TEXT;
  DROP TRIGGER audit_log_no_update;
  DROP TRIGGER audit_log_no_delete;
  DROP TRIGGER audit_user_ids_no_update;
  DROP TRIGGER audit_user_ids_no_delete;
  -- A purge now removes a prefix of the chain, up to the first record it keeps, rather than rows by time.
  DROP TABLE audit_purge;
  CREATE TABLE audit_purge (before_id INTEGER NOT NULL);
`;

// The newest record is the purge's own record, naming the same cut: a purge can't happen without leaving one.
const PURGE_IN_PROGRESS = `
  SELECT 1 FROM audit_purge p
  JOIN audit_log newest ON newest.id = (SELECT max(id) FROM audit_log)
  WHERE newest.event = 'audit_purged' AND json_extract(newest.details, '$.anchor.firstKeptId') = p.before_id`;

const GUARDS = `
  -- INSERT OR REPLACE deletes the row it collides with without firing delete triggers (unless recursive_triggers
  -- is on), so inserts are guarded too: only after the newest record, and linked to it. That also refuses forged
  -- rows in the middle and rows without an explicit id (SQLite shows those to this trigger as id -1).
  CREATE TRIGGER audit_log_append_only BEFORE INSERT ON audit_log
  WHEN NEW.id <= coalesce((SELECT max(id) FROM audit_log), 0)
    OR NEW.hash IS NULL
    OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '${GENESIS_HASH}')
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  WHEN NOT EXISTS (${PURGE_IN_PROGRESS} AND OLD.id < p.before_id)
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

  -- Index rows belong to the record just appended, in the same transaction.
  CREATE TRIGGER audit_user_ids_append_only BEFORE INSERT ON audit_user_ids
  WHEN NEW.audit_id IS NOT (SELECT max(id) FROM audit_log)
  BEGIN SELECT RAISE(ABORT, 'audit_user_ids is append-only'); END;
  CREATE TRIGGER audit_user_ids_no_update BEFORE UPDATE ON audit_user_ids
  BEGIN SELECT RAISE(ABORT, 'audit_user_ids is append-only'); END;
  CREATE TRIGGER audit_user_ids_no_delete BEFORE DELETE ON audit_user_ids
  WHEN NOT EXISTS (${PURGE_IN_PROGRESS} AND OLD.audit_id < p.before_id)
  BEGIN SELECT RAISE(ABORT, 'audit_user_ids is append-only'); END;
`;

/**
 * Migration: adds prev_hash and hash to audit_log, chains the records already there (oldest first, from the
 * genesis hash) and replaces the guards. SQLite has no SHA-256, so this runs as code, inside the migration's
 * transaction: a database is either fully chained or untouched.
 */
export function chainAuditLog(db: Database.Database): void {
  db.exec(BEFORE);
  const page = db.prepare<[number], AuditRow>('SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT 500');
  const set = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
  let prevHash = GENESIS_HASH;
  let after = 0;
  for (let rows = page.all(after); rows.length > 0; rows = page.all(after)) {
    for (const row of rows) {
      const hash = chainHash(prevHash, toChainContent(row));
      set.run(prevHash, hash, row.id);
      prevHash = hash;
      after = row.id;
    }
  }
  db.exec(GUARDS);
}
