import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT_MS } from '../testing/free-port';
import { bundled, runServerExpectingExit } from '../testing/spawn-server';

describe('A bad DATA_DIR', { timeout: 2 * SPAWN_TIMEOUT_MS }, () => {
  const root = mkdtempSync(path.join(tmpdir(), 'imc-datadir-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const file = path.join(root, 'a-file');
  writeFileSync(file, 'not a folder');

  it.each([
    ['a file', () => file, () => `DATA_DIR ${file} is a file, not a folder`],
    [
      'a path under a file',
      () => path.join(file, 'data', 'deeper'),
      () => `DATA_DIR ${path.join(file, 'data', 'deeper')} cannot be created: ${file} is a file, not a folder`,
    ],
    [
      'a folder whose console.db is no database',
      () => {
        const dir = path.join(root, 'corrupt');
        mkdirSync(dir);
        writeFileSync(path.join(dir, 'console.db'), 'SQLite format 2\u0000 but really just text'.repeat(40));
        return dir;
      },
      () => `DATA_DIR ${path.join(root, 'corrupt')} holds a console.db that is not an SQLite database`,
    ],
    [
      'a folder whose console.db is a folder',
      () => {
        const dir = path.join(root, 'nested');
        mkdirSync(path.join(dir, 'console.db'), { recursive: true });
        return dir;
      },
      () => `DATA_DIR ${path.join(root, 'nested')} holds a folder named console.db, not a database file`,
    ],
  ])(
    'When DATA_DIR is %s, then the server stops naming the variable, the path and the problem',
    async (_case, dataDir, message) => {
      const run = await runServerExpectingExit({ DATA_DIR: dataDir() });

      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(`Invalid configuration: ${message()}`);
    },
  );

  it('When DATA_DIR is a folder the server may not write, then it stops saying so', () => {
    const dir = path.join(root, 'read-only');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    // Root writes anywhere, so as root the server runs as "nobody", which may read the bundle and the temp folder.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) for (const readable of [root, path.dirname(bundled('index'))]) chmodSync(readable, 0o755);

    const run = spawnSync(process.execPath, [bundled('index')], {
      env: { ...process.env, VOLC_ACCESSKEY: '', PORT: '0', ADMIN_USERNAME: '', ADMIN_PASSWORD: '', DATA_DIR: dir },
      encoding: 'utf8',
      timeout: SPAWN_TIMEOUT_MS,
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });

    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`Invalid configuration: DATA_DIR ${dir} is not writable: permission denied`);
  });
});
