import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger, defaultDestination } from './logger';
import { SPAWN_TIMEOUT_MS } from './testing/free-port';
import { spawnServer } from './testing/spawn-server';

describe('Log output', () => {
  it('When stdout is a terminal, then lines are pretty-printed for people, and secrets are still redacted', () => {
    const written: string[] = [];
    const terminal = { isTTY: true, write: (text: string) => written.push(text) };
    const logger = createLogger('info', defaultDestination(terminal));

    logger.info({ req: { method: 'GET', headers: { cookie: 'imc_session=secret-token' } } }, 'request completed');

    const text = written.join('');
    expect(text).toMatch(/INFO.*request completed/);
    expect(() => JSON.parse(text)).toThrow();
    expect(text).not.toContain('secret-token');
  });

  it(
    'When stdout is a pipe, then the server writes one JSON object per line',
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'imc-logs-'));
      const run = await spawnServer({ LOG_LEVEL: 'info', DATA_DIR: dataDir });
      run.child.kill('SIGTERM');
      await new Promise((resolve) => run.child.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });

      const listening = run
        .stdout()
        .split('\n')
        .find((line) => line.includes('console listening'));
      expect(JSON.parse(listening ?? '')).toMatchObject({ level: 30, msg: 'console listening' });
    },
    SPAWN_TIMEOUT_MS,
  );
});
