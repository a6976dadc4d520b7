import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SPAWN_TIMEOUT_MS } from '../testing/free-port';
import { runServerExpectingExit, spawnServer } from '../testing/spawn-server';

describe('First start', { timeout: 2 * SPAWN_TIMEOUT_MS }, () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'imc-first-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('When demo mode starts with no operators and no ADMIN_*, then it prints a working admin password once and, on every start, the admin and how to reset the password', async () => {
    const dataDir = freshDir();
    const first = await spawnServer({ DATA_DIR: dataDir, ADMIN_USERNAME: '', ADMIN_PASSWORD: '' });
    let password = '';
    try {
      // The banner is printed once the server listens; the pipe may deliver it after /healthz has answered.
      await vi.waitFor(() => expect(first.stdout()).toMatch(/with password \S+/), { timeout: SPAWN_TIMEOUT_MS });
      password = /sign in as "admin" with password (\S+)/.exec(first.stdout())?.[1] ?? '';
      expect(password.length).toBeGreaterThanOrEqual(12);
      expect(first.stdout()).toContain(first.base);
      expect(first.stdout()).toContain('npm run operators -- reset-password admin');
      const res = await fetch(`${first.base}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
      expect(res.status).toBe(200);
    } finally {
      first.child.kill('SIGTERM');
      await new Promise((resolve) => first.child.once('exit', resolve));
    }
    const second = await spawnServer({ DATA_DIR: dataDir, ADMIN_USERNAME: '', ADMIN_PASSWORD: '' });
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
    expect(second.stdout()).not.toContain(password);
    expect(second.stdout()).not.toContain('First start');
    expect(second.stdout()).toContain(second.base);
    expect(second.stdout()).toContain(
      'Sign in as "admin". Forgot the password? npm run operators -- reset-password admin',
    );
  });

  it('When the demo admin was created from ADMIN_USERNAME, then later starts name that admin in the reset hint', async () => {
    const dataDir = freshDir();
    const env = { DATA_DIR: dataDir, ADMIN_USERNAME: 'boss', ADMIN_PASSWORD: 'boss-password-123' };
    for (const startEnv of [env, { ...env, ADMIN_USERNAME: '', ADMIN_PASSWORD: '' }]) {
      const run = await spawnServer(startEnv);
      run.child.kill('SIGTERM');
      await new Promise((resolve) => run.child.once('exit', resolve));
      expect(run.stdout()).toContain(
        'Sign in as "boss". Forgot the password? npm run operators -- reset-password boss',
      );
      expect(run.stdout()).not.toContain('boss-password-123');
    }
  });

  it('When real credentials are set but no operator exists and no ADMIN_*, then it refuses to start and says what to set', async () => {
    const run = await runServerExpectingExit({
      DATA_DIR: freshDir(),
      VOLC_ACCESSKEY: 'AK',
      VOLC_SECRETKEY: 'SK',
      IM_APP_IDS: '123456',
      VOLC_ENDPOINT: 'http://127.0.0.1:9',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Set ADMIN_USERNAME and ADMIN_PASSWORD');
  });

  it('When ADMIN_PASSWORD is too short, then it refuses to start naming it', async () => {
    const run = await runServerExpectingExit({ DATA_DIR: freshDir(), ADMIN_USERNAME: 'boss', ADMIN_PASSWORD: 'short' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ADMIN_PASSWORD must be at least 12 characters');
  });
});
