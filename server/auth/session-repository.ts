import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/open-database';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface StoredSession {
  operatorId: number;
  createdAt: number;
  lastSeenAt: number;
}

export function createSessionRepository(db: Db) {
  const find = db.prepare<[string], StoredSession>(
    'SELECT operator_id AS operatorId, created_at AS createdAt, last_seen_at AS lastSeenAt FROM sessions WHERE token_hash = ?',
  );
  return {
    /** Returns the cookie token; only its hash is stored. */
    create(operatorId: number, at: number): string {
      const token = randomBytes(32).toString('base64url');
      db.prepare('INSERT INTO sessions (token_hash, operator_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)').run(
        hashToken(token),
        operatorId,
        at,
        at,
      );
      return token;
    },
    find: (token: string) => find.get(hashToken(token)) ?? null,
    touch: (token: string, at: number) =>
      db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(at, hashToken(token)),
    delete: (token: string) => db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token)),
    deleteForOperator: (operatorId: number) => db.prepare('DELETE FROM sessions WHERE operator_id = ?').run(operatorId),
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
