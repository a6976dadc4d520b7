import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { createLogger } from '../logger';
import { scheduleAuditHeadLog } from './audit-head-log';
import { createAuditRepository } from './audit-repository';

describe('scheduleAuditHeadLog', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'imc-head-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('When it starts, then it logs the id and hash of the newest audit record at info', async () => {
    const db = await openDatabase({ url: null, dataDir: dir });
    const lines: string[] = [];
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    try {
      const audit = createAuditRepository(db);
      await audit.append({ event: 'sign_in', operator: 'viera', outcome: 'ok' });
      const id = await audit.append({ event: 'sign_out', operator: 'viera', outcome: 'ok' });

      const stop = scheduleAuditHeadLog(audit, logger);
      stop();
      const head = await audit.head();
      await new Promise((resolve) => setImmediate(resolve));

      const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(logged).toEqual([expect.objectContaining({ level: 30, msg: 'audit chain head', id, hash: head?.hash })]);
      expect(String(logged[0]?.hash)).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await db.close();
    }
  });
});
