import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT_MS } from '../testing/free-port';
import { runCli } from '../testing/spawn-server';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

describe('npm run operators', { timeout: 2 * SPAWN_TIMEOUT_MS }, () => {
  let t: TestConsole;
  beforeAll(async () => {
    // The server holds the same DATA_DIR open the whole time: the CLI must work beside it.
    t = await startTestConsole();
  });
  afterAll(() => t.close());

  const cli = (args: string[], stdin = '') => runCli('operators-cli', args, { DATA_DIR: t.dataDir }, stdin);

  it('When a password is piped in, then the operator is added, can sign in, and the change is audited', async () => {
    const run = await cli(
      ['add', 'alice', '--role', 'viewer', '--apps', '100001,100002'],
      'alice-password-1\nignored second line\n',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Added alice (viewer, apps: 100001,100002)');
    const res = await t.signIn('alice', 'alice-password-1');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ username: 'alice', role: 'viewer', apps: ['100001', '100002'] });
    const row = t.db
      .prepare("SELECT operator, details FROM audit_log WHERE event = 'operator_created' ORDER BY id DESC")
      .get() as { operator: string; details: string };
    expect(row.operator).toMatch(/^cli:/);
    expect(JSON.parse(row.details)).toEqual({ username: 'alice', role: 'viewer', apps: ['100001', '100002'] });
    expect(row.details).not.toContain('alice-password-1');
  });

  it('When the server is running and the CLI disables an operator, then their session ends at once', async () => {
    const cookie = await t.operatorCookie('bert', 'viewer', ['100001']);
    expect((await t.get('/api/session', { Cookie: cookie })).status).toBe(200);
    expect((await cli(['disable', 'bert'])).status).toBe(0);
    expect((await t.get('/api/session', { Cookie: cookie })).status).toBe(401);
    expect((await cli(['enable', 'bert'])).status).toBe(0);
    expect((await t.signIn('bert', 'bert-password-123')).status).toBe(200);
  });

  it('When roles, apps and passwords change, then list shows it and the old password stops working', async () => {
    expect((await cli(['set-role', 'alice', 'admin'])).status).toBe(0);
    expect((await cli(['set-apps', 'alice', 'all'])).status).toBe(0);
    expect((await cli(['reset-password', 'alice'], 'alice-new-password\n')).status).toBe(0);
    const list = (await cli(['list'])).stdout;
    expect(list).toMatch(/alice\s+admin\s+active\s+\*/);
    expect((await t.signIn('alice', 'alice-password-1')).status).toBe(401);
    expect((await t.signIn('alice', 'alice-new-password')).status).toBe(200);
  });

  it('When input is bad, then it exits 1 with a message and changes nothing', async () => {
    const short = await cli(['add', 'carol'], 'short\n');
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('password must be at least 12 characters');
    expect((await cli(['set-apps', 'alice', '999'])).stderr).toContain('AppIds this console does not serve: 999');
    expect((await cli(['set-role', 'alice', 'root'])).status).toBe(1);
    expect((await cli(['disable', 'nobody'])).stderr).toContain('no operator named nobody');
    expect((await cli(['list'])).stdout).not.toContain('carol');
  });
});
