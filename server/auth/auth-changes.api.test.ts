import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';
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
