import { createHash } from 'node:crypto';
import type { Db } from '../../db/database';

/** How long someone may take at the provider's login page before the sign-in must start again. */
export const OIDC_FLOW_TTL_MS = 10 * 60 * 1000;

/**
 * Starting a sign-in needs no account, so anyone can start many; past this many unfinished ones, new starts are
 * refused until the oldest expire, and the table can't be grown without bound.
 */
export const MAX_PENDING_FLOWS = 10_000;

export class TooManyFlows extends Error {}

export interface PendingFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The console page to open after signing in (a checked same-origin path), or null for the start page. */
  returnTo: string | null;
}

const hashOf = (id: string) => createHash('sha256').update(id).digest('hex');

/**
 * Sign-ins waiting for the provider's answer, keyed by the hash of the browser's flow cookie (a copy of the
 * database can't be replayed as cookies). Kept in the database, not in memory, so any replica takes the callback.
 */
export function createOidcFlowRepository(db: Db, now: () => number = Date.now, maxPending = MAX_PENDING_FLOWS) {
  return {
    async save(id: string, flow: PendingFlow): Promise<void> {
      // Abandoned sign-ins are cleared here rather than by a timer: each new one sweeps the stale.
      await db
        .deleteFrom('oidc_flows')
        .where('created_at', '<', now() - OIDC_FLOW_TTL_MS)
        .execute();
      const pending = await db
        .selectFrom('oidc_flows')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      if (Number(pending?.n ?? 0) >= maxPending) throw new TooManyFlows('too many unfinished sign-ins');
      await db
        .insertInto('oidc_flows')
        .values({
          id_hash: hashOf(id),
          state: flow.state,
          nonce: flow.nonce,
          code_verifier: flow.codeVerifier,
          return_to: flow.returnTo,
          created_at: now(),
        })
        .execute();
    },

    /** The flow, removed in the same statement: two callbacks with one cookie can't both get it. */
    async take(id: string): Promise<PendingFlow | null> {
      const row = await db
        .deleteFrom('oidc_flows')
        .where('id_hash', '=', hashOf(id))
        .returning(['state', 'nonce', 'code_verifier', 'return_to', 'created_at'])
        .executeTakeFirst();
      if (!row || now() - row.created_at > OIDC_FLOW_TTL_MS) return null;
      return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to };
    },
  };
}

export type OidcFlowRepository = ReturnType<typeof createOidcFlowRepository>;
