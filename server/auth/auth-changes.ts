import pg from 'pg';
import type { Logger } from 'pino';
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

/**
 * Listens on its own connection for AUTH_CHANGES_CHANNEL, and reconnects by itself. While it is not listening,
 * `listening` is false, so nothing is remembered that a missed notice could leave stale.
 */
export function listenForAuthChanges(url: string, logger: Logger, retryMs = 1000): AuthChanges {
  const listeners: Array<(operatorId: number | null) => void> = [];
  let client: pg.Client | null = null;
  let listening = false;
  let generation = 0;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const changed = (operatorId: number | null) => {
    generation += 1;
    for (const listener of listeners) listener(operatorId);
  };

  const lost = (c: pg.Client, err?: Error) => {
    if (c !== client && client !== null) return;
    const wasListening = listening;
    client = null;
    listening = false;
    changed(null);
    c.end().catch(() => {});
    if (wasListening) logger.warn({ err: err?.message }, 'auth change notices lost; sessions are read every time');
    if (!closed && !retry) {
      retry = setTimeout(() => {
        retry = undefined;
        void listen();
      }, retryMs);
      retry.unref();
    }
  };

  async function listen() {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000, keepAlive: true });
    client = c;
    c.on('error', (err) => lost(c, err));
    c.on('end', () => lost(c));
    c.on('notification', ({ payload }) => changed(payload && /^\d+$/.test(payload) ? Number(payload) : null));
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
  }
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
      listening = false;
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
