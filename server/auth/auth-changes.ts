import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Db } from '../db/database';
import { AUTH_CHANGES_CHANNEL } from './auth-changes-postgres';

export interface AuthChanges {
  /** True while notices arrive: only then may anything about an operator be remembered. */
  readonly listening: boolean;
  /** Counts every notice and every lost connection: a value read before a load that differs after it is stale. */
  readonly generation: number;
  /** Called with the operator's id, or null for "anything may have changed". */
  onChange(listener: (operatorId: number | null) => void): void;
  close(): Promise<void>;
}

/** A check notice sent as every writer's notices are: through the console's own pool, on commit. */
export const pingThrough = (db: Db) => (payload: string) =>
  sql`SELECT pg_notify(${AUTH_CHANGES_CHANNEL}, ${payload})`.execute(db);

export interface ListenOptions {
  /**
   * Sends a notice on AUTH_CHANGES_CHANNEL the way every writer does (through the pool, to the server that commits
   * the writes). Sent every `checkEveryMs`; if one hasn't come back by the next, notices are taken as lost: a
   * connection can die without a word, or a pooler in front of PostgreSQL can accept LISTEN and never deliver.
   */
  ping?: (payload: string) => Promise<unknown>;
  checkEveryMs?: number;
  retryMs?: number;
}

/**
 * Listens on its own connection for AUTH_CHANGES_CHANNEL, checks that notices still arrive, and reconnects by
 * itself. While it is not listening, `listening` is false, so nothing is remembered that a missed notice could
 * leave stale.
 */
export function listenForAuthChanges(
  url: string,
  logger: Logger,
  { ping, checkEveryMs = 2000, retryMs = 1000 }: ListenOptions = {},
): AuthChanges {
  const listeners: Array<(operatorId: number | null) => void> = [];
  const pingPrefix = `ping:${randomUUID()}:`;
  let pings = 0;
  let awaiting: string | null = null;
  let client: pg.Client | null = null;
  let listening = false;
  let warned = false;
  let generation = 0;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const changed = (operatorId: number | null) => {
    generation += 1;
    for (const listener of listeners) listener(operatorId);
  };

  const lost = (c: pg.Client, err?: Error) => {
    if (c !== client && client !== null) return;
    client = null;
    listening = false;
    awaiting = null;
    changed(null);
    c.end().catch(() => {});
    if (!warned && !closed) {
      warned = true;
      logger.warn({ err: err?.message }, 'auth change notices unavailable; sessions are read every time');
    }
    if (!closed && !retry) {
      retry = setTimeout(() => {
        retry = undefined;
        void listen();
      }, retryMs);
      retry.unref();
    }
  };

  const onNotice = (payload: string | undefined) => {
    if (payload?.startsWith('ping:')) {
      if (payload === awaiting) awaiting = null;
      return; // ours or another replica's: not a change
    }
    changed(payload && /^\d+$/.test(payload) ? Number(payload) : null);
  };

  async function listen() {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000, keepAlive: true });
    client = c;
    c.on('error', (err) => lost(c, err));
    c.on('end', () => lost(c));
    c.on('notification', ({ payload }) => onNotice(payload));
    try {
      await c.connect();
      await c.query(`LISTEN ${AUTH_CHANGES_CHANNEL}`);
    } catch (err) {
      lost(c, err as Error);
      return;
    }
    if (closed || client !== c) {
      await c.end().catch(() => {});
      return;
    }
    changed(null);
    listening = true;
    if (warned) logger.info('auth change notices arrive again');
    warned = false;
  }

  const check = ping
    ? setInterval(() => {
        const c = client;
        if (!listening || !c) return;
        if (awaiting !== null) {
          lost(c, new Error('a check notice did not come back'));
          return;
        }
        pings += 1;
        awaiting = `${pingPrefix}${pings}`;
        ping(awaiting).catch(() => {}); // unanswered, it fails the next check
      }, checkEveryMs)
    : undefined;
  check?.unref();
  void listen();

  return {
    get listening() {
      return listening;
    },
    get generation() {
      return generation;
    },
    onChange: (listener) => void listeners.push(listener),
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(check);
      listening = false;
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
