import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './open-database';
import { serverKey } from './server-keys';

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

  it('When two connections (as two server processes would) ask for a key, then both get the same one, also after a restart', () => {
    const dir = freshDir();
    const first = openDatabase(dir);
    const second = openDatabase(dir);

    const a = serverKey(first, 'device-cookie');
    const b = serverKey(second, 'device-cookie');
    first.close();
    second.close();
    const reopened = openDatabase(dir);
    const c = serverKey(reopened, 'device-cookie');
    reopened.close();

    expect(a).toHaveLength(32);
    expect(b.equals(a)).toBe(true);
    expect(c.equals(a)).toBe(true);
  });

  it('When two databases are made, or two names asked for, then their keys differ', () => {
    const one = openDatabase(freshDir());
    const other = openDatabase(freshDir());

    const keys = [serverKey(one, 'device-cookie'), serverKey(other, 'device-cookie'), serverKey(one, 'another')];
    one.close();
    other.close();

    expect(new Set(keys.map((k) => k.toString('hex'))).size).toBe(3);
  });
});
