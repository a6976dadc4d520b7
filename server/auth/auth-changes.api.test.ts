import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';
import { createPostgresDatabase } from '../testing/test-database';
import { listenForAuthChanges } from './auth-changes';
import { AUTH_CHANGES_CHANNEL } from './auth-changes-postgres';

/**
 * On PostgreSQL the console remembers signed-in sessions; these are the changes that must still end them, made
 * behind its back, as a CLI, another replica or an administrator at psql would.
 */
describe.skipIf(!inject('services').postgres)('Remembered sessions on PostgreSQL', () => {
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
  const status = async (cookie: string) => (await t.get('/api/session', { Cookie: cookie })).status;
  const listener = async () =>
    (
      await raw.query(
        'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = $1 AND pid <> pg_backend_pid()',
        [`LISTEN ${AUTH_CHANGES_CHANNEL}`],
      )
    ).rows as Array<{ pid: number }>;

  it('When another process disables an operator, then their remembered session ends', async () => {
    const cookie = await t.operatorCookie('pg-cache-a', 'viewer', ['100001']);
    await expect.poll(async () => (await listener()).length, { timeout: 10_000 }).toBe(1);
    expect(await status(cookie)).toBe(200);
    expect(await status(cookie)).toBe(200);
    await raw.query("UPDATE operators SET disabled = 1 WHERE username = 'pg-cache-a'");
    await expect.poll(() => status(cookie), { timeout: 5000 }).toBe(401);
  });

  it('When an admin changes an operator through this console, then the very next request sees it', async () => {
    const cookie = await t.operatorCookie('pg-cache-e', 'viewer', ['100001']);
    expect(await status(cookie)).toBe(200);
    expect(await status(cookie)).toBe(200);
    const patch = (body: object) =>
      fetch(`${t.base}/api/operators/pg-cache-e`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Cookie: t.adminCookie },
        body: JSON.stringify(body),
      });
    expect((await patch({ apps: ['*'] })).status).toBe(200);
    // No waiting for the notice: this process dropped what it remembered when its own change committed.
    const session = (await (await t.get('/api/session', { Cookie: cookie })).json()) as { apps: string[] };
    expect(session.apps.length).toBeGreaterThan(1);
    expect((await patch({ disabled: true })).status).toBe(200);
    expect(await status(cookie)).toBe(401);
  });

  it('When another process deletes a session, then it ends, and other sessions stay', async () => {
    const gone = await t.operatorCookie('pg-cache-b', 'viewer', ['100001']);
    const kept = await t.operatorCookie('pg-cache-c', 'viewer', ['100001']);
    expect([await status(gone), await status(kept)]).toEqual([200, 200]);
    await raw.query(
      "DELETE FROM sessions WHERE operator_id = (SELECT id FROM operators WHERE username = 'pg-cache-b')",
    );
    await expect.poll(() => status(gone), { timeout: 5000 }).toBe(401);
    expect(await status(kept)).toBe(200);
  });

  it('When the notice connection is lost, then a change still ends the session, and notices come back', async () => {
    const cookie = await t.operatorCookie('pg-cache-d', 'viewer', ['100001']);
    expect(await status(cookie)).toBe(200);
    const [before] = await listener();
    await raw.query('SELECT pg_terminate_backend($1)', [before?.pid]);
    // Without notices nothing is remembered, so a change nobody announces is still seen.
    await raw.query("UPDATE operators SET role = 'admin' WHERE username = 'pg-cache-d'");
    await expect
      .poll(async () => ((await (await t.get('/api/session', { Cookie: cookie })).json()) as { role: string }).role, {
        timeout: 5000,
      })
      .toBe('admin');
    await expect.poll(async () => (await listener())[0]?.pid ?? before?.pid, { timeout: 10_000 }).not.toBe(before?.pid);
    await raw.query("UPDATE operators SET disabled = 1 WHERE username = 'pg-cache-d'");
    await expect.poll(() => status(cookie), { timeout: 5000 }).toBe(401);
  });
});

describe.skipIf(!inject('services').postgres)('Checking that change notices arrive', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let sender: pg.Client;
  beforeAll(async () => {
    database = await createPostgresDatabase('imc_notices');
    sender = new pg.Client({ connectionString: database.url });
    await sender.connect();
  });
  afterAll(async () => {
    await sender?.end();
    await database?.drop();
  });
  const quiet = pino({ level: 'silent' });

  it('When the check notices come back, then it keeps listening, and they count as no change', async () => {
    const changes = listenForAuthChanges(database.url, quiet, {
      ping: (payload) => sender.query('SELECT pg_notify($1, $2)', [AUTH_CHANGES_CHANNEL, payload]),
      checkEveryMs: 50,
    });
    try {
      await expect.poll(() => changes.listening, { timeout: 10_000 }).toBe(true);
      const generation = changes.generation;
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(changes.listening).toBe(true);
      expect(changes.generation).toBe(generation);
    } finally {
      await changes.close();
    }
  });

  it('When LISTEN succeeds but notices never arrive, then it stops listening, so nothing is remembered', async () => {
    // As behind a pooler in transaction mode: the check notice goes nowhere this connection hears.
    const changes = listenForAuthChanges(database.url, quiet, {
      ping: (payload) => sender.query('SELECT pg_notify($1, $2)', ['elsewhere', payload]),
      checkEveryMs: 50,
      retryMs: 60_000,
    });
    try {
      await expect.poll(() => changes.listening, { timeout: 10_000 }).toBe(true);
      await expect.poll(() => changes.listening, { timeout: 5000 }).toBe(false);
    } finally {
      await changes.close();
    }
  });
});
