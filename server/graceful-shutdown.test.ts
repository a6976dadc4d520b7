import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { LookupEvent } from '../contract/lookup';
import { BULK_CONVERSATION, BULK_FIRST_MEMBER } from './demo/demo-constants';
import { reachable } from './testing/external-services';
import { SPAWN_TIMEOUT_MS } from './testing/free-port';
import { readNdjson } from './testing/read-ndjson';
import { spawnServer } from './testing/spawn-server';

const ADMIN = { username: 'admin', password: 'admin-password-123' };
const bulkIds = (n: number) => Array.from({ length: n }, (_, i) => String(BULK_FIRST_MEMBER + BigInt(i)));

async function startLookup(base: string, userIds: string[]) {
  const signIn = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const res = await fetch(`${base}/api/lookups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson', Cookie: cookie },
    body: JSON.stringify({ ...BULK_CONVERSATION, userIds }),
  });
  const events: LookupEvent[] = [];
  const done = readNdjson(res, (e) => events.push(e));
  return { events, done };
}

const lastLookupOutcome = (dataDir: string) => {
  const db = new Database(path.join(dataDir, 'console.db'), { readonly: true });
  try {
    return db
      .prepare<[], { outcome: string }>("SELECT outcome FROM audit_log WHERE event = 'lookup' ORDER BY id DESC LIMIT 1")
      .get()?.outcome;
  } finally {
    db.close();
  }
};

describe('Graceful shutdown', { timeout: 3 * SPAWN_TIMEOUT_MS }, () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const start = (env: Record<string, string>) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'imc-term-'));
    dirs.push(dataDir);
    return spawnServer({
      DATA_DIR: dataDir,
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      ...env,
    }).then((s) => ({ ...s, dataDir }));
  };

  it('When SIGTERM arrives mid-lookup, then new connections are refused, the lookup finishes and is audited, and it exits 0', async () => {
    // 30 batches at 20 a second: about a second and a half of work.
    const { child, base, dataDir } = await start({ VOLC_QPS: '20', IM_BATCH_SIZE: '10' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const lookup = await startLookup(base, bulkIds(300));
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 150));
    // While the lookup is still running, a new connection is refused (dialled afresh: fetch would reuse the
    // sign-in's keep-alive connection).
    expect(await reachable(base)).toBe(false);
    expect(lookup.events.some((e) => e.type === 'end')).toBe(false);
    await expect(lookup.done).resolves.toBeDefined();
    expect(lookup.events.at(-1)).toMatchObject({ type: 'end', outcome: 'ok' });
    expect(await exited).toBe(0);
    expect(lastLookupOutcome(dataDir)).toBe('ok');
  });

  it('When the grace period runs out, then the lookup still running is cancelled, audited as such, and it exits 0', async () => {
    const { child, base, dataDir } = await start({ VOLC_QPS: '5', IM_BATCH_SIZE: '10', SHUTDOWN_GRACE_SECONDS: '1' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const lookup = await startLookup(base, bulkIds(1000)); // 100 batches at 5 a second: 20 s
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGTERM');
    await lookup.done.catch(() => {});
    expect(await exited).toBe(0);
    expect(lastLookupOutcome(dataDir)).toBe('cancelled');
  });
});

describe('A streamed lookup cut short by a crash', { timeout: 3 * SPAWN_TIMEOUT_MS }, () => {
  it('When the server is killed mid-stream, then the question was recorded before any row was sent', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'imc-crash-'));
    try {
      const { child, base } = await spawnServer({
        DATA_DIR: dataDir,
        ADMIN_USERNAME: ADMIN.username,
        ADMIN_PASSWORD: ADMIN.password,
        VOLC_QPS: '5',
        IM_BATCH_SIZE: '10',
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const ids = bulkIds(500);
      const lookup = await startLookup(base, ids);
      // The stream breaks when the server dies; that is the point, not a failure.
      const finished = lookup.done.catch(() => {});
      let rowsSeen = 0;
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          rowsSeen = lookup.events.filter((e) => e.type === 'rows').length;
          if (rowsSeen > 0) {
            clearInterval(check);
            resolve();
          }
        }, 10);
      });
      child.kill('SIGKILL');
      await exited;
      await finished;
      const db = new Database(path.join(dataDir, 'console.db'), { readonly: true });
      try {
        const rows = db
          .prepare<[], { outcome: string; user_ids: string }>(
            "SELECT outcome, user_ids FROM audit_log WHERE event = 'lookup' ORDER BY id",
          )
          .all();
        expect(rowsSeen).toBeGreaterThan(0);
        // The job's own record never came; the one written before streaming holds who asked what.
        expect(rows).toEqual([{ outcome: 'started', user_ids: JSON.stringify(ids) }]);
      } finally {
        db.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
