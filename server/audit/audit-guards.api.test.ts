import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';
import { verifyAuditTrail } from './verify-audit-trail';

const COLUMNS =
  'id, at, event, operator_id, operator, ip, app_id, conversation_id, user_ids, found, not_members, outcome, ' +
  'request_ids, duration_ms, reason, details, prev_hash, hash';

describe('The audit guards, against any other client of the database file', () => {
  let t: TestConsole;
  let other: Database.Database;
  let denied: number;
  const snapshot = () => JSON.stringify(t.db.prepare('SELECT * FROM audit_log ORDER BY id').all());
  const indexSnapshot = () => JSON.stringify(t.db.prepare('SELECT * FROM audit_user_ids ORDER BY rowid').all());

  beforeAll(async () => {
    t = await startTestConsole();
    const viewer = await t.operatorCookie('viv', 'viewer', ['100002']);
    const res = await t.post(
      '/api/lookups',
      { appId: '100001', conversationId: '7101234567890123456', userIds: ['7300000000000000002'] },
      { Cookie: viewer },
    );
    expect(res.status).toBe(403);
    denied = (t.db.prepare("SELECT id FROM audit_log WHERE outcome = 'denied'").get() as { id: number }).id;
    await t.post('/api/lookups', { appId: '100001', conversationId: '7101234567890123456', userIds: ['1'] });
    // A second connection to the same file: what the sqlite3 CLI or any other program would open.
    other = new Database(path.join(t.dataDir, 'console.db'));
  });
  afterAll(async () => {
    other.close();
    await t.close();
  });

  it('When INSERT OR REPLACE rewrites a denied record as ok, then it is refused, with recursive triggers off or on', () => {
    const before = snapshot();
    const replace = other.prepare(
      `INSERT OR REPLACE INTO audit_log (${COLUMNS}) SELECT ${COLUMNS.replace('outcome', "'ok'")} FROM audit_log WHERE id = ?`,
    );

    expect(() => replace.run(denied)).toThrow(/audit_log is append-only/);
    other.pragma('recursive_triggers = ON');
    expect(() => replace.run(denied)).toThrow(/audit_log is append-only/);
    other.pragma('recursive_triggers = OFF');
    expect(() => other.prepare(`REPLACE INTO audit_log (${COLUMNS}) SELECT ${COLUMNS} FROM audit_log`).run()).toThrow(
      /append-only/,
    );
    expect(snapshot()).toBe(before);
  });

  it('When rows are updated, deleted or upserted, then each is refused', () => {
    const before = snapshot();
    const beforeIndex = indexSnapshot();

    expect(() => other.prepare("UPDATE audit_log SET outcome = 'ok' WHERE id = ?").run(denied)).toThrow(/append-only/);
    expect(() => other.prepare('DELETE FROM audit_log WHERE id = ?').run(denied)).toThrow(/append-only/);
    expect(() =>
      other
        .prepare(
          `INSERT INTO audit_log (${COLUMNS}) SELECT ${COLUMNS} FROM audit_log WHERE id = ?
           ON CONFLICT (id) DO UPDATE SET outcome = 'ok'`,
        )
        .run(denied),
    ).toThrow(/append-only/);
    expect(() => other.prepare("UPDATE audit_user_ids SET user_id = '1'").run()).toThrow(/append-only/);
    expect(() => other.prepare('DELETE FROM audit_user_ids').run()).toThrow(/append-only/);
    expect(snapshot()).toBe(before);
    expect(indexSnapshot()).toBe(beforeIndex);
  });

  it('When a record is inserted that does not follow the newest one, then it is refused', async () => {
    const before = snapshot();
    const head = await t.services.audit.head();
    const insert = (id: number | null, prevHash: string | null | undefined) =>
      other
        .prepare(`INSERT INTO audit_log (id, at, event, outcome, prev_hash, hash) VALUES (?, 0, 'lookup', 'ok', ?, ?)`)
        .run(id, prevHash, 'f'.repeat(64));

    expect(() => insert(null, head?.hash)).toThrow(/append-only/); // no explicit id
    expect(() => insert(denied, head?.hash)).toThrow(/append-only/); // an id already taken
    expect(() => insert((head?.id ?? 0) + 1, 'e'.repeat(64))).toThrow(/append-only/); // not linked to the head
    expect(snapshot()).toBe(before);
  });

  it("When user IDs are added to an older record's index, then it is refused", () => {
    const before = indexSnapshot();

    expect(() =>
      other.prepare('INSERT INTO audit_user_ids (audit_id, user_id) VALUES (?, ?)').run(denied, '7300000000000000009'),
    ).toThrow(/audit_user_ids is append-only/);
    expect(indexSnapshot()).toBe(before);
  });

  it('When another client opens a purge window and deletes, then it is refused without a purge record of its own', () => {
    const before = snapshot();

    expect(() =>
      other.transaction(() => {
        other.prepare('INSERT INTO audit_purge (before_id) VALUES (?)').run(Number.MAX_SAFE_INTEGER);
        other.prepare('DELETE FROM audit_user_ids').run();
        other.prepare('DELETE FROM audit_log').run();
      })(),
    ).toThrow(/append-only/);
    expect(snapshot()).toBe(before);
  });

  it('When all that was tried and refused, then the console still appends and the trail verifies', async () => {
    const res = await t.post('/api/lookups', {
      appId: '100001',
      conversationId: '7101234567890123456',
      userIds: ['2'],
    });

    const report = await verifyAuditTrail(t.database);

    expect(res.status).toBe(200);
    expect(report.broken).toBeNull();
    expect(report.missingGuards).toEqual([]);
  });
});
