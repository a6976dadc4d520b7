import { randomBytes } from 'node:crypto';
import type { Db } from './database';

/**
 * The random 256-bit key stored under `name`, made on first use. The insert does nothing on a conflict, so two
 * processes (or replicas) starting at once both end up reading the one key that won.
 */
export async function serverKey(db: Db, name: string): Promise<Buffer> {
  const read = () => db.selectFrom('server_keys').select('secret').where('name', '=', name).executeTakeFirst();
  const existing = await read();
  if (existing) return Buffer.from(existing.secret);
  await db
    .insertInto('server_keys')
    .values({ name, secret: randomBytes(32), created_at: Date.now() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const key = await read();
  if (!key) throw new Error(`server key ${name} could not be stored`);
  return Buffer.from(key.secret);
}
