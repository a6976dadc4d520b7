import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AuditPage } from '../../contract/audit';
import type { LookupResponse } from '../../contract/lookup';
import { verifyAuditTrail } from '../audit/verify-audit-trail';
import { runCli } from '../testing/spawn-server';
import { ADMIN, startTestConsole, type TestConsole } from '../testing/start-test-console';

const lookup = {
  appId: '100001',
  conversationId: '7101234567890123456',
  userIds: ['9223372036854775807', '9007199254740993'],
};

describe.skipIf(!inject('services').postgres)('The console on PostgreSQL', () => {
  let t: TestConsole;
  let raw: pg.Client;
  beforeAll(async () => {
    t = await startTestConsole({ postgres: true });
    raw = new pg.Client({ connectionString: t.databaseUrl ?? '' });
    await raw.connect();
  });
  afterAll(async () => {
    await raw?.end();
    await t?.close();
  });

  it('When an admin signs in and looks up, then the session works and the audit record is in PostgreSQL, exact', async () => {
    const res = await t.post('/api/lookups', { ...lookup, reason: 'pg-1' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as LookupResponse).participants.map((p) => p.userId)).toEqual(lookup.userIds);
    const { rows } = await raw.query("SELECT user_ids, outcome, operator FROM audit_log WHERE reason = 'pg-1'");
    expect(rows).toEqual([{ user_ids: JSON.stringify(lookup.userIds), outcome: 'ok', operator: ADMIN.username }]);
    const { rows: index } = await raw.query("SELECT user_id FROM audit_user_ids WHERE user_id = '9007199254740993'");
    expect(index.length).toBeGreaterThanOrEqual(1);
  });

  it('When the audit is filtered by a user ID and an operator in another case, then PostgreSQL finds it too', async () => {
    const page = (await (
      await t.get(`/api/audit?userId=9007199254740993&operator=${ADMIN.username.toUpperCase()}`)
    ).json()) as AuditPage;
    expect(page.total).toBeGreaterThanOrEqual(1);
    expect(page.records[0]?.userIds).toEqual(lookup.userIds);
  });

  it('When anyone with SQL access updates, deletes, truncates or forges audit rows, then PostgreSQL refuses', async () => {
    const refused = async (statement: string) => expect(raw.query(statement)).rejects.toThrow(/append-only/);
    await refused("UPDATE audit_log SET outcome = 'denied'");
    await refused('DELETE FROM audit_log');
    await refused('TRUNCATE audit_log CASCADE');
    await refused('TRUNCATE audit_user_ids');
    await refused("UPDATE audit_user_ids SET user_id = '1'");
    await refused(
      `INSERT INTO audit_log (id, at, event, outcome, prev_hash, hash) VALUES (1000000, 0, 'lookup', 'ok', '${'e'.repeat(64)}', '${'f'.repeat(64)}')`,
    );
    await refused("INSERT INTO audit_user_ids (audit_id, user_id) VALUES (1, '42')");
    // An upsert is an update in disguise.
    const { rows } = await raw.query('SELECT id, prev_hash, hash FROM audit_log ORDER BY id DESC LIMIT 1');
    await refused(
      `INSERT INTO audit_log (id, at, event, outcome, prev_hash, hash) VALUES (${rows[0].id}, 0, 'lookup', 'ok', '${rows[0].prev_hash}', '${rows[0].hash}')
       ON CONFLICT (id) DO UPDATE SET outcome = 'forged'`,
    );
    expect((await verifyAuditTrail(t.database)).broken).toBeNull();
  });

  it('When operators change concurrently, then the last active admin stays, as on SQLite', async () => {
    await t.createOperator('pg-admin-b', 'pg-admin-b-password', 'admin', ['*']);
    const cookie = await t.operatorCookie('pg-admin-c', 'admin', ['*']);
    const demote = (username: string, as: string) =>
      fetch(`${t.base}/api/operators/${username}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Cookie: as },
        body: JSON.stringify({ disabled: true }),
      });
    const [a, b] = await Promise.all([demote('pg-admin-b', t.adminCookie), demote('pg-admin-c', t.adminCookie)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    // Now the root admin and C: each disables the other at once; one must be refused.
    const [c, d] = await Promise.all([demote(ADMIN.username, cookie), demote('pg-admin-c', t.adminCookie)]);
    // One wins; the other is refused as the last admin (409) or finds its own session ended (401).
    expect([c.status, d.status].filter((s) => s === 200)).toHaveLength(1);
    const admins = (await t.services.operators.list()).filter((op) => op.role === 'admin' && !op.disabled);
    expect(admins).toHaveLength(1);
  });

  it('When the retention purge runs, then the chain still verifies from its anchor', async () => {
    const removed = await t.services.audit.purgeOlderThan(Date.now() + 1000, 30);
    expect(removed).toBeGreaterThan(0);
    const report = await verifyAuditTrail(t.database);
    expect(report).toMatchObject({ broken: null, missingGuards: [] });
    expect((await t.post('/api/lookups', lookup)).status).toBe(200);
    expect((await verifyAuditTrail(t.database)).broken).toBeNull();
  });

  it('When `npm run audit -- verify` runs against DATABASE_URL, then it checks PostgreSQL and exits 0', async () => {
    const run = await runCli('audit-cli', ['verify'], { DATABASE_URL: t.databaseUrl ?? '' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Audit trail intact: \d+ records/);
  });

  it('When a record is forged with the guards dropped, then `npm run audit -- verify` exits 1 naming it', async () => {
    const { rows } = await raw.query("SELECT id FROM audit_log WHERE event = 'lookup' ORDER BY id LIMIT 1");
    const id = rows[0].id;
    await raw.query('BEGIN');
    await raw.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    await raw.query(`UPDATE audit_log SET outcome = 'denied' WHERE id = ${id}`);
    await raw.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    await raw.query('COMMIT');
    const run = await runCli('audit-cli', ['verify'], { DATABASE_URL: t.databaseUrl ?? '' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Audit trail broken at record #${id}: content changed`);
  });
});

describe.skipIf(!inject('services').postgres)('The least-privilege role from the README', () => {
  it('When the console runs as that role, then it works, and the role itself cannot rewrite the audit trail', async () => {
    // The owner migrates (the first console start), then the role from the README takes over.
    const owner = await startTestConsole({ postgres: true });
    const role = `console_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: owner.databaseUrl ?? '' });
    await admin.connect();
    try {
      const database = new URL(owner.databaseUrl ?? '').pathname.slice(1);
      await admin.query(`
        CREATE ROLE ${role} LOGIN;
        GRANT CONNECT ON DATABASE ${database} TO ${role};
        GRANT USAGE ON SCHEMA public TO ${role};
        GRANT SELECT, INSERT, UPDATE, DELETE ON operators, sessions, server_keys, oidc_flows TO ${role};
        GRANT USAGE ON SEQUENCE operators_id_seq TO ${role};
        GRANT SELECT, INSERT ON audit_log, audit_user_ids, schema_version TO ${role};`);
      const asRole = new URL(owner.databaseUrl ?? '');
      asRole.username = role;
      const run = await runCli('audit-cli', ['verify'], { DATABASE_URL: asRole.toString() });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const restricted = new pg.Client({ connectionString: asRole.toString() });
      await restricted.connect();
      try {
        await expect(restricted.query("UPDATE audit_log SET outcome = 'x'")).rejects.toThrow(/permission denied/);
        await expect(restricted.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
        await expect(restricted.query('TRUNCATE audit_log')).rejects.toThrow(/permission denied/);
      } finally {
        await restricted.end();
      }
      const added = await runCli(
        'operators-cli',
        ['add', 'roley', '--apps', 'all'],
        { DATABASE_URL: asRole.toString() },
        'roley-password-123\n',
      );
      expect(added.stderr).toBe('');
      expect(added.status).toBe(0);
    } finally {
      await admin.query(`DROP OWNED BY ${role}`).catch(() => {});
      await admin.end();
      await owner.close();
      const cleanup = new pg.Client({
        connectionString: (await import('../testing/external-services')).TEST_SERVICES.postgres,
      });
      await cleanup.connect();
      await cleanup.query(`DROP ROLE IF EXISTS ${role}`).catch(() => {});
      await cleanup.end();
    }
  });
});
