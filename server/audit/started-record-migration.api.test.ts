import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { auditQuerySchema } from '../../contract/audit';
import { type DatabaseHandle, openDatabase } from '../db/database';
import { MIGRATIONS } from '../db/migrations';
import { createPostgresDatabase } from '../testing/test-database';
import { chainHash, GENESIS_HASH } from './audit-chain';
import { createAuditRepository, oneRowPerJob } from './audit-repository';
import { type AuditRow, toChainContent } from './audit-row';
import { verifyAuditTrail } from './verify-audit-trail';

const BEFORE = MIGRATIONS.findIndex((step) => step.name === 'audit started record');
const COLUMNS = 'id, at, event, operator, user_ids, outcome, request_ids, details, prev_hash, hash';

/** Records as the console wrote them before the column existed: a streamed job's pair, then a sign-in. */
function chainedRows(): Array<Omit<AuditRow, 'started_record'>> {
  const base = { operator_id: null, ip: null, app_id: null, conversation_id: null, found: null, not_members: null };
  const plain = { ...base, duration_ms: null, reason: null, request_ids: '[]', operator: 'viera' };
  const contents = [
    { id: 1, event: 'lookup' as const, user_ids: '[]', outcome: 'started', details: '{"streamed":true}' },
    { id: 2, event: 'lookup' as const, user_ids: '[]', outcome: 'ok', details: '{"startedRecord":1,"calls":{}}' },
    { id: 3, event: 'sign_in' as const, user_ids: '[]', outcome: 'ok', details: null },
  ];
  let prev = GENESIS_HASH;
  return contents.map((c, i) => {
    const row = { ...plain, ...c, at: 1_700_000_000_000 + i, prev_hash: prev, hash: null as string | null };
    row.hash = chainHash(prev, toChainContent({ ...row, started_record: null }));
    prev = row.hash;
    return row;
  });
}

const values = (row: Omit<AuditRow, 'started_record'>) => [
  row.id,
  row.at,
  row.event,
  row.operator,
  row.user_ids,
  row.outcome,
  row.request_ids,
  row.details,
  row.prev_hash,
  row.hash,
];

/** What every upgraded database must show, whichever dialect. */
async function expectUpgraded(handle: DatabaseHandle) {
  const stored = await handle.db.selectFrom('audit_log').select(['id', 'started_record']).orderBy('id').execute();
  expect(stored).toEqual([
    { id: 1, started_record: null },
    { id: 2, started_record: 1 },
    { id: 3, started_record: null },
  ]);
  const audit = createAuditRepository(handle);
  expect(await verifyAuditTrail(handle)).toMatchObject({ records: 3, broken: null, missingGuards: [] });
  const { page: _page, pageSize: _size, ...everything } = auditQuerySchema.parse({});
  const listed = await audit.page(everything, 0, 50);
  expect(listed.records.map((r) => [r.id, r.outcome])).toEqual([
    [3, 'ok'],
    [2, 'ok'],
  ]);
  expect(listed.total).toBe(2);
  // New records still chain on, with the column written from their details.
  const final = await audit.append({ event: 'lookup', outcome: 'cancelled', details: { startedRecord: 1 } });
  const row = await handle.db
    .selectFrom('audit_log')
    .select('started_record')
    .where('id', '=', final)
    .executeTakeFirst();
  expect(row?.started_record).toBe(1);
  // A purge that takes a started record and keeps a final record naming it is fine.
  await audit.purgeOlderThan(1_700_000_000_001, 30);
  expect(await verifyAuditTrail(handle)).toMatchObject({ firstId: 2, broken: null });
}

describe('Adding the started_record column to SQLite', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function databaseBeforeTheColumn() {
    const dir = mkdtempSync(path.join(tmpdir(), 'imc-started-'));
    dirs.push(dir);
    const db = new Database(path.join(dir, 'console.db'));
    for (const step of MIGRATIONS.slice(0, BEFORE)) {
      if (typeof step.sqlite === 'function') step.sqlite(db);
      else db.exec(step.sqlite);
    }
    db.pragma(`user_version = ${BEFORE}`);
    const insert = db.prepare(`INSERT INTO audit_log (${COLUMNS}) VALUES (${COLUMNS.replace(/\w+/g, '?')})`);
    for (const row of chainedRows()) insert.run(...values(row));
    db.close();
    return dir;
  }

  it('When an older database opens, then the column is filled from details, the guards hold and the trail verifies', async () => {
    const dir = databaseBeforeTheColumn();
    const handle = await openDatabase({ url: null, dataDir: dir });
    const raw = new Database(path.join(dir, 'console.db'));
    try {
      expect(() => raw.prepare('UPDATE audit_log SET started_record = NULL WHERE id = 2').run()).toThrow(/append-only/);
      await expectUpgraded(handle);
    } finally {
      raw.close();
      await handle.close();
    }
  });

  it('When started records are looked for, then SQLite searches the index, never scanning for each row', async () => {
    const dir = databaseBeforeTheColumn();
    const handle = await openDatabase({ url: null, dataDir: dir });
    const raw = new Database(path.join(dir, 'console.db'));
    try {
      // The listing's own condition, compiled as the repository sends it.
      const query = handle.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where(oneRowPerJob)
        .compile();
      const plan = raw.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.parameters) as Array<{ detail: string }>;
      expect(plan.map((step) => step.detail)).toContainEqual(
        expect.stringContaining('USING COVERING INDEX audit_started_record'),
      );
    } finally {
      raw.close();
      await handle.close();
    }
  });

  it('When the link is changed behind the console, then verify names the record', async () => {
    const dir = databaseBeforeTheColumn();
    await (await openDatabase({ url: null, dataDir: dir })).close();
    const raw = new Database(path.join(dir, 'console.db'));
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.exec('UPDATE audit_log SET started_record = 3 WHERE id = 2');
    raw.close();
    const handle = await openDatabase({ url: null, dataDir: dir });
    try {
      expect((await verifyAuditTrail(handle)).broken).toEqual({
        id: 2,
        problem: 'its link to a started record was changed',
      });
    } finally {
      await handle.close();
    }
  });
});

describe.skipIf(!inject('services').postgres)('Adding the started_record column to PostgreSQL', () => {
  it('When an older database opens, then the column is filled from details, the guards hold and the trail verifies', async () => {
    const database = await createPostgresDatabase();
    const raw = new pg.Client({ connectionString: database.url });
    await raw.connect();
    let handle: DatabaseHandle | undefined;
    try {
      for (const step of MIGRATIONS.slice(0, BEFORE)) if (step.postgres) await raw.query(step.postgres);
      await raw.query(`CREATE TABLE schema_version (version INTEGER NOT NULL)`);
      await raw.query(`INSERT INTO schema_version (version) VALUES (${BEFORE})`);
      for (const row of chainedRows()) {
        await raw.query(
          `INSERT INTO audit_log (${COLUMNS}) VALUES (${values(row).map((_, i) => `$${i + 1}`)})`,
          values(row),
        );
      }

      handle = await openDatabase({ url: database.url, dataDir: tmpdir() });

      await expect(raw.query('UPDATE audit_log SET started_record = NULL WHERE id = 2')).rejects.toThrow(/append-only/);
      await expectUpgraded(handle);
    } finally {
      await handle?.close();
      await raw.end();
      await database.drop();
    }
  });
});
