import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { MIGRATIONS } from '../db/migrations';
import { createAuditRepository } from './audit-repository';
import { verifyAuditTrail } from './verify-audit-trail';

describe('Upgrading a database from before the chain', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A console.db as the first release left it: schema 1, and records whose oldest ones a purge removed. */
  function firstReleaseDatabase() {
    const dir = mkdtempSync(path.join(tmpdir(), 'imc-upgrade-'));
    dirs.push(dir);
    const db = new Database(path.join(dir, 'console.db'));
    db.exec(String(MIGRATIONS[0]?.sqlite));
    db.pragma('user_version = 1');
    const insert = db.prepare(
      `INSERT INTO audit_log (id, at, event, operator, user_ids, outcome, reason, details)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insert.run(5, 1_700_000_000_000, 'audit_purged', null, '[]', 'ok', null, '{"removed":4,"retentionDays":30}');
    insert.run(6, 1_700_000_001_000, 'lookup', 'viera', '["9223372036854775807"]', 'denied', 'INC\u202E1', null);
    db.prepare('INSERT INTO audit_user_ids (audit_id, user_id) VALUES (6, ?)').run('9223372036854775807');
    insert.run(7, 1_700_000_002_000, 'sign_in', 'viera', '[]', 'ok', null, null);
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all();
    db.close();
    return { dir, rows };
  }

  it('When it is opened, then its records are chained as they are, and the trail verifies', async () => {
    const { dir, rows } = firstReleaseDatabase();

    const handle = await openDatabase({ url: null, dataDir: dir });
    const db = new Database(path.join(dir, 'console.db'));
    try {
      const report = await verifyAuditTrail(handle);
      const upgraded = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Array<Record<string, unknown>>;

      expect(report).toMatchObject({ records: 3, firstId: 5, broken: null, missingGuards: [] });
      // Later steps add columns of their own (started_record); the records themselves are as they were.
      expect(upgraded.map(({ prev_hash: _p, hash: _h, started_record: _s, ...rest }) => rest)).toEqual(rows);
      expect(upgraded.every((row) => /^[0-9a-f]{64}$/.test(String(row.hash)))).toBe(true);
    } finally {
      db.close();
      await handle.close();
    }
  });

  it('When the console appends after the upgrade, then new records continue the chain and REPLACE is refused', async () => {
    const { dir } = firstReleaseDatabase();
    const handle = await openDatabase({ url: null, dataDir: dir });
    const db = new Database(path.join(dir, 'console.db'));
    try {
      const audit = createAuditRepository(handle);

      const id = await audit.append({ event: 'lookup', operator: 'viera', userIds: ['1', '2'], outcome: 'ok' });

      expect(id).toBe(8);
      expect(await verifyAuditTrail(handle)).toMatchObject({ records: 4, broken: null });
      expect(() =>
        db.prepare("INSERT OR REPLACE INTO audit_log (id, at, event, outcome) VALUES (6, 0, 'lookup', 'ok')").run(),
      ).toThrow(/append-only/);
    } finally {
      db.close();
      await handle.close();
    }
  });
});
