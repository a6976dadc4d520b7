import type { AuthChanges } from './auth-changes';
import { hashToken, type SessionRepository } from './session-repository';

type Found = NonNullable<Awaited<ReturnType<SessionRepository['findWithOperator']>>>;

export interface CachedSessionsOptions {
  /** Sessions remembered at most; the oldest goes first. */
  maxEntries?: number;
  /**
   * A bound on what a lost notice could cost, though notices are what keep entries fresh: a connection that dies
   * without a word (no reset, no error) goes unnoticed for as long as TCP keepalive takes.
   */
  ttlMs?: number;
  now?: () => number;
}

/**
 * The session repository with each signed-in request's session and operator remembered, so a request costs no
 * database round trip. Only while PostgreSQL's change notices arrive (see auth-changes.ts): any change to an
 * operator or a session, by any writer, drops what was remembered of that operator when it commits. This
 * process's own sign-outs and touches drop it at once, before the notice.
 */
export function cachedSessions(
  sessions: SessionRepository,
  changes: AuthChanges,
  { maxEntries = 10_000, ttlMs = 10_000, now = Date.now }: CachedSessionsOptions = {},
): SessionRepository {
  const entries = new Map<string, { found: Found; at: number }>();
  changes.onChange((operatorId) => {
    if (operatorId === null) entries.clear();
    else for (const [key, { found }] of entries) if (found.operator.id === operatorId) entries.delete(key);
  });

  return {
    ...sessions,
    async findWithOperator(token) {
      const key = hashToken(token);
      const hit = entries.get(key);
      if (hit && changes.listening && now() - hit.at < ttlMs) return hit.found;
      entries.delete(key);
      // A notice that arrives while this reads may be about what it reads: then it isn't remembered.
      const generation = changes.generation;
      const found = await sessions.findWithOperator(token);
      if (found && changes.listening && changes.generation === generation) {
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value ?? '');
        entries.set(key, { found, at: now() });
      }
      return found;
    },
    async touch(token, at) {
      entries.delete(hashToken(token));
      await sessions.touch(token, at);
    },
    async delete(token) {
      entries.delete(hashToken(token));
      await sessions.delete(token);
    },
    async deleteForOperator(operatorId) {
      for (const [key, { found }] of entries) if (found.operator.id === operatorId) entries.delete(key);
      await sessions.deleteForOperator(operatorId);
    },
  };
}
