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

/** The session repository that remembers; `forget` is for this process's own changes to operators. */
export type CachedSessionRepository = SessionRepository & {
  /** Drops what is remembered of the operator (null: of everyone), after this process changed them. */
  forget(operatorId: number | null): void;
};

/**
 * The session repository with each signed-in request's session and operator remembered, so a request costs no
 * database round trip. Only while PostgreSQL's change notices arrive (see auth-changes.ts): any change to an
 * operator or a session, by any writer, drops what was remembered of that operator when it commits. This
 * process's own changes drop it at once, without waiting for the notice: sign-outs and touches here, operator
 * changes through `forget`; a read still in flight when they happen is not remembered either.
 */
export function cachedSessions(
  sessions: SessionRepository,
  changes: AuthChanges,
  { maxEntries = 10_000, ttlMs = 10_000, now = Date.now }: CachedSessionsOptions = {},
): CachedSessionRepository {
  const entries = new Map<string, { found: Found; at: number }>();
  // Counts this process's own changes, as changes.generation counts the notices.
  let ownChanges = 0;
  const forget = (operatorId: number | null) => {
    ownChanges += 1;
    if (operatorId === null) entries.clear();
    else for (const [key, { found }] of entries) if (found.operator.id === operatorId) entries.delete(key);
  };
  changes.onChange((operatorId) => {
    if (operatorId === null) entries.clear();
    else for (const [key, { found }] of entries) if (found.operator.id === operatorId) entries.delete(key);
  });
  const forgetToken = (token: string) => {
    ownChanges += 1;
    entries.delete(hashToken(token));
  };

  return {
    ...sessions,
    forget,
    async findWithOperator(token) {
      const key = hashToken(token);
      const hit = entries.get(key);
      if (hit && changes.listening && now() - hit.at < ttlMs) return hit.found;
      entries.delete(key);
      // A change that lands while this reads may be about what it reads: then it isn't remembered.
      const [generation, own] = [changes.generation, ownChanges];
      const found = await sessions.findWithOperator(token);
      if (found && changes.listening && changes.generation === generation && ownChanges === own) {
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value ?? '');
        entries.set(key, { found, at: now() });
      }
      return found;
    },
    async touch(token, at) {
      forgetToken(token);
      await sessions.touch(token, at);
      forgetToken(token);
    },
    async delete(token) {
      forgetToken(token);
      await sessions.delete(token);
      forgetToken(token);
    },
    async deleteForOperator(operatorId) {
      forget(operatorId);
      await sessions.deleteForOperator(operatorId);
      forget(operatorId);
    },
  };
}
