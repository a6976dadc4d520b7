import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT_MS } from '../testing/free-port';
import { spawnServer } from '../testing/spawn-server';

describe('Audit durability', { timeout: 2 * SPAWN_TIMEOUT_MS }, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'imc-kill-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('When the server is killed with SIGKILL right after a lookup answered, then its audit row is on disk', async () => {
    const { child, base } = await spawnServer({
      DATA_DIR: dataDir,
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD: 'admin-password-123',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      const signIn = await fetch(`${base}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"username":"admin","password":"admin-password-123"}',
      });
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const res = await fetch(`${base}/api/lookups`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify({
          appId: '100001',
          conversationId: '7101234567890123456',
          userIds: ['9223372036854775807'],
          reason: 'survives-kill-9',
        }),
      });
      expect(res.status).toBe(200);
    } finally {
      child.kill('SIGKILL'); // no shutdown hook, no close(): only what was committed survives
    }
    await exited;
    const db = new Database(path.join(dataDir, 'console.db'), { readonly: true });
    try {
      const row = db
        .prepare("SELECT operator, conversation_id, user_ids, outcome FROM audit_log WHERE reason = 'survives-kill-9'")
        .get();
      expect(row).toEqual({
        operator: 'admin',
        conversation_id: '7101234567890123456',
        user_ids: '["9223372036854775807"]',
        outcome: 'ok',
      });
    } finally {
      db.close();
    }
  });
});
