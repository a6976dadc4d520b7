import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditHeadResponse } from '../../contract/audit';
import { chainHash } from '../audit/audit-chain';
import { type AuditRow, toChainContent } from '../audit/audit-row';
import { SPAWN_TIMEOUT_MS } from '../testing/free-port';
import { bundled, runCli } from '../testing/spawn-server';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

const GUARDS = [
  'audit_log_append_only',
  'audit_log_no_update',
  'audit_log_no_delete',
  'audit_user_ids_append_only',
  'audit_user_ids_no_update',
  'audit_user_ids_no_delete',
];

/**
 * A second connection to the console's database, as the sqlite3 CLI would open one, by someone who knows to drop
 * the guards and the foreign keys first, and puts the guards back when done.
 */
function tamper(t: TestConsole, edit: (db: Database.Database) => void) {
  const db = new Database(path.join(t.dataDir, 'console.db'));
  try {
    db.pragma('foreign_keys = OFF');
    const guards = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger'").all() as Array<{ sql: string }>;
    for (const name of GUARDS) db.exec(`DROP TRIGGER IF EXISTS ${name}`);
    edit(db);
    for (const { sql } of guards) db.exec(sql);
  } finally {
    db.close();
  }
}

const DAY_MS = 86_400_000;

const row = (db: Database.Database, id: number) =>
  db.prepare('SELECT * FROM audit_log WHERE id = ?').get(id) as AuditRow;

/** The same columns, in order, for INSERT … SELECT statements. */
const COLUMNS =
  'id, at, event, operator_id, operator, ip, app_id, conversation_id, user_ids, found, not_members, outcome, ' +
  'request_ids, duration_ms, reason, details, prev_hash, hash';

describe('npm run audit', { timeout: 2 * SPAWN_TIMEOUT_MS }, () => {
  let t: TestConsole;
  afterEach(() => t.close());

  const cli = (args: string[]) => runCli('audit-cli', args, { DATA_DIR: t.dataDir });

  /** A console with a few records: sign-in, three lookups (the second one denied), and the operator's creation. */
  async function consoleWithTrail() {
    t = await startTestConsole();
    const viewer = await t.operatorCookie('viv', 'viewer', ['100002']);
    const lookup = (userId: string, cookie = t.adminCookie) =>
      t.post(
        '/api/lookups',
        { appId: '100001', conversationId: '7101234567890123456', userIds: [userId], reason: 'TICKET-9' },
        { Cookie: cookie },
      );
    await lookup('7300000000000000001');
    expect((await lookup('7300000000000000002', viewer)).status).toBe(403);
    await lookup('7300000000000000003');
    const ids = (t.db.prepare('SELECT id FROM audit_log ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
    const denied = (t.db.prepare("SELECT id FROM audit_log WHERE outcome = 'denied'").get() as { id: number }).id;
    return { ids, denied };
  }

  it('When the trail is intact, then verify exits 0, and head prints what the audit page shows', async () => {
    const { ids } = await consoleWithTrail();

    const verify = await cli(['verify']);
    const head = await cli(['head']);

    expect(verify.stderr).toBe('');
    expect(verify.status).toBe(0);
    expect(verify.stdout).toContain(`Audit trail intact: ${ids.length} records, #1 to #${ids.at(-1)}.`);
    const shown = ((await (await t.get('/api/audit/head')).json()) as AuditHeadResponse).head;
    expect(shown?.id).toBe(ids.at(-1));
    expect(head.status).toBe(0);
    expect(head.stdout.trim()).toBe(`${shown?.id}:${shown?.hash}  ${shown?.at}`);
    expect(verify.stdout).toContain(`Head: ${shown?.id}:${shown?.hash}`);
    expect((await cli(['verify', '--head', `${shown?.id}:${shown?.hash.slice(0, 16)}`])).status).toBe(0);
  });

  it('When INSERT OR REPLACE turns a denied lookup into ok behind the console, then verify exits 1 naming it', async () => {
    const { denied } = await consoleWithTrail();
    tamper(t, (db) => {
      db.prepare(
        `INSERT OR REPLACE INTO audit_log (${COLUMNS}) SELECT ${COLUMNS.replace('outcome', "'ok'")} FROM audit_log WHERE id = ?`,
      ).run(denied);
    });

    const verify = await cli(['verify']);

    expect(row(t.db, denied).outcome).toBe('ok');
    expect(verify.status).toBe(1);
    expect(verify.stderr).toContain(
      `Audit trail broken at record #${denied}: content changed: what it holds no longer matches its hash`,
    );
  });

  it('When a record in the middle is deleted, then verify names it as missing', async () => {
    const { denied } = await consoleWithTrail();
    tamper(t, (db) => {
      db.prepare('DELETE FROM audit_user_ids WHERE audit_id = ?').run(denied);
      db.prepare('DELETE FROM audit_log WHERE id = ?').run(denied);
    });

    const verify = await cli(['verify']);

    expect(verify.status).toBe(1);
    expect(verify.stderr).toContain(`Audit trail broken at record #${denied}: missing: #${denied} removed`);
  });

  it('When a forged record is inserted in the middle, hashed and linked, then verify names it as inserted', async () => {
    const { denied } = await consoleWithTrail();
    tamper(t, (db) => {
      // Make room after the denied lookup, then forge an alibi there with a correct hash.
      db.prepare('UPDATE audit_log SET id = id + 1000 WHERE id > ?').run(denied);
      db.prepare('UPDATE audit_user_ids SET audit_id = audit_id + 1000 WHERE audit_id > ?').run(denied);
      const before = row(db, denied);
      const forged: AuditRow = { ...before, id: denied + 1, outcome: 'ok', reason: 'alibi', prev_hash: before.hash };
      forged.hash = chainHash(before.hash ?? '', toChainContent(forged));
      db.prepare(`INSERT INTO audit_log (${COLUMNS}) VALUES (${COLUMNS.replace(/(\w+)/g, '@$1')})`).run(forged);
      db.prepare('INSERT INTO audit_user_ids (audit_id, user_id) VALUES (?, ?)').run(forged.id, '7300000000000000002');
    });

    const verify = await cli(['verify']);

    expect(verify.status).toBe(1);
    expect(verify.stderr).toContain(`Audit trail broken at record #${denied + 1}: inserted: #${denied + 1} between`);
  });

  it('When the newest records are cut off, then verify with the head noted earlier names the first missing one', async () => {
    const { ids } = await consoleWithTrail();
    const noted = ((await (await t.get('/api/audit/head')).json()) as AuditHeadResponse).head;
    const last = ids.at(-1) ?? 0;
    tamper(t, (db) => {
      db.prepare('DELETE FROM audit_user_ids WHERE audit_id >= ?').run(last - 1);
      db.prepare('DELETE FROM audit_log WHERE id >= ?').run(last - 1);
    });

    const alone = await cli(['verify']);
    const withHead = await cli(['verify', '--head', `${noted?.id}:${noted?.hash}`]);

    // A cut tail leaves a chain that is whole in itself: only a head kept elsewhere shows the cut.
    expect(alone.status).toBe(0);
    expect(withHead.status).toBe(1);
    expect(withHead.stderr).toContain(
      `Audit trail broken at record #${last - 1}: missing: the trail ends at #${last - 2}, but #${last} was noted as its head`,
    );
  });

  it('When the retention purge ran, then verify still exits 0; when a kept record is deleted after it, then it exits 1', async () => {
    await consoleWithTrail();
    t.clock.offsetMs = 2 * DAY_MS;
    const kept = await t.services.audit.append({ event: 'lookup', operator: 'later', outcome: 'ok' });
    const removed = await t.services.audit.purgeOlderThan(Date.now() + DAY_MS, 1);
    t.clock.offsetMs = 0;

    const afterPurge = await cli(['verify']);
    tamper(t, (db) => {
      db.prepare('DELETE FROM audit_log WHERE id = ?').run(kept);
    });
    const afterRemoval = await cli(['verify']);

    expect(removed).toBe(kept - 1);
    expect(afterPurge.status).toBe(0);
    expect(afterPurge.stdout).toContain(`Audit trail intact: 2 records, #${kept} to #${kept + 1}.`);
    expect(afterRemoval.status).toBe(1);
    expect(afterRemoval.stderr).toContain(
      `Audit trail broken at record #${kept}: missing: #${kept} removed, though the last retention purge kept records from #${kept} on`,
    );
  });

  it('When the operators CLI appends from other processes while lookups run, then the chain does not fork', async () => {
    t = await startTestConsole();
    const names = ['ann', 'bob', 'cid', 'dee'];
    const adds = names.map(
      (name) =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, [bundled('operators-cli'), 'add', name], {
            env: { ...process.env, VOLC_ACCESSKEY: '', DATA_DIR: t.dataDir },
            stdio: ['pipe', 'ignore', 'ignore'],
          });
          child.stdin?.end(`${name}-password-123\n`);
          child.once('exit', resolve);
        }),
    );
    let running = true;
    const exitCodes = Promise.all(adds).finally(() => {
      running = false;
    });
    const statuses: number[] = [];
    // Lookups keep appending for as long as the CLIs run, so their appends interleave.
    for (let i = 0; running && i < 2000; i += 4) {
      const batch = [0, 1, 2, 3].map((k) =>
        t.post('/api/lookups', {
          appId: '100001',
          conversationId: '7101234567890123456',
          userIds: [String(7300000000000001000n + BigInt(i + k))],
        }),
      );
      statuses.push(...(await Promise.all(batch)).map((r) => r.status));
    }

    expect(await exitCodes).toEqual([0, 0, 0, 0]);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const created = t.db.prepare("SELECT count(*) AS n FROM audit_log WHERE event = 'operator_created'").get();
    expect(created).toEqual({ n: names.length + 1 }); // and the console's own admin
    expect((await cli(['verify'])).status).toBe(0);
  });

  it('When only the guards were dropped, then verify exits 1 and names them', async () => {
    await consoleWithTrail();
    const db = new Database(path.join(t.dataDir, 'console.db'));
    for (const name of GUARDS) db.exec(`DROP TRIGGER ${name}`);
    db.close();

    const verify = await cli(['verify']);

    expect(verify.status).toBe(1);
    expect(verify.stderr).toContain(`Append-only guards were dropped from the database: ${GUARDS.join(', ')}`);
  });

  it('When the arguments or the data directory are wrong, then it exits 2 saying what to fix', async () => {
    t = await startTestConsole();

    const badHead = await cli(['verify', '--head', '12:abc']);
    const unknown = await cli(['rewrite']);
    const noDatabase = await runCli('audit-cli', ['verify'], { DATA_DIR: path.join(t.dataDir, 'elsewhere') });

    expect(badHead.status).toBe(2);
    expect(badHead.stderr).toContain('--head must be <id>:<hash>');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command rewrite');
    expect(noDatabase.status).toBe(2);
    expect(noDatabase.stderr).toContain('No database at');
  });
});
