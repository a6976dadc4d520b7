import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database';
import { type Operator, toOperator } from '../operators/operator-repository';

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
    /** The session and its operator in one query: every signed-in request asks, so it costs one round trip. */
    async findWithOperator(token: string): Promise<{ session: StoredSession; operator: Operator } | null> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('operators', 'operators.id', 'sessions.operator_id')
        .selectAll('operators')
        .select(['sessions.created_at as session_created_at', 'sessions.last_seen_at as session_last_seen_at'])
        .where('sessions.token_hash', '=', hashToken(token))
        .executeTakeFirst();
      if (!row) return null;
      const { session_created_at, session_last_seen_at, ...operator } = row;
      return {
        session: { operatorId: operator.id, createdAt: session_created_at, lastSeenAt: session_last_seen_at },
        operator: toOperator(operator),
      };
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
