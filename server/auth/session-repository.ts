import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface StoredSession {
  operatorId: number;
  createdAt: number;
  lastSeenAt: number;
}

export function createSessionRepository(db: Db) {
  return {
    /** Returns the cookie token; only its hash is stored. */
    async create(operatorId: number, at: number): Promise<string> {
      const token = randomBytes(32).toString('base64url');
      await db
        .insertInto('sessions')
        .values({ token_hash: hashToken(token), operator_id: operatorId, created_at: at, last_seen_at: at })
        .execute();
      return token;
    },
    async find(token: string): Promise<StoredSession | null> {
      const row = await db
        .selectFrom('sessions')
        .select(['operator_id as operatorId', 'created_at as createdAt', 'last_seen_at as lastSeenAt'])
        .where('token_hash', '=', hashToken(token))
        .executeTakeFirst();
      return row ?? null;
    },
    async touch(token: string, at: number): Promise<void> {
      await db.updateTable('sessions').set({ last_seen_at: at }).where('token_hash', '=', hashToken(token)).execute();
    },
    async delete(token: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
    },
    async deleteForOperator(operatorId: number): Promise<void> {
      await db.deleteFrom('sessions').where('operator_id', '=', operatorId).execute();
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
