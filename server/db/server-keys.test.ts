import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { serverKey } from './server-keys';

const openAt = (dataDir: string) => openDatabase({ url: null, dataDir });

describe('serverKey', () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'imc-keys-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('When two connections (as two server processes would) ask for a key, then both get the same one, also after a restart', async () => {
    const dir = freshDir();
    const first = await openAt(dir);
    const second = await openAt(dir);

    const [a, b] = await Promise.all([serverKey(first.db, 'device-cookie'), serverKey(second.db, 'device-cookie')]);
    await first.close();
    await second.close();
    const reopened = await openAt(dir);
    const c = await serverKey(reopened.db, 'device-cookie');
    await reopened.close();

    expect(a).toHaveLength(32);
    expect(b.equals(a)).toBe(true);
    expect(c.equals(a)).toBe(true);
  });

  it('When two databases are made, or two names asked for, then their keys differ', async () => {
    const one = await openAt(freshDir());
    const other = await openAt(freshDir());

    const keys = [
      await serverKey(one.db, 'device-cookie'),
      await serverKey(other.db, 'device-cookie'),
      await serverKey(one.db, 'another'),
    ];
    await one.close();
    await other.close();

    expect(new Set(keys.map((k) => k.toString('hex'))).size).toBe(3);
  });
});
