import { randomBytes } from 'node:crypto';
import type { Db } from './open-database';

/**
 * The random 256-bit key stored under `name`, made on first use. INSERT OR IGNORE lets two processes
 * starting at once both create it without error; both then read the one that won.
 */
export function serverKey(db: Db, name: string): Buffer {
  const read = db.prepare<[string], Buffer>('SELECT secret FROM server_keys WHERE name = ?').pluck();
  const existing = read.get(name);
  if (existing) return existing;
  db.prepare('INSERT OR IGNORE INTO server_keys (name, secret, created_at) VALUES (?, ?, ?)').run(
    name,
    randomBytes(32),
    Date.now(),
  );
  const key = read.get(name);
  if (!key) throw new Error(`server key ${name} could not be stored`);
  return key;
}
