import { z } from 'zod/mini';
import { appIdSchema, int64Id } from './int64';
import { MAX_USER_IDS } from './lookup';

/** A lookup's question, without a reason (each run gives its own, and is audited as that operator's). */
export const savedLookupSchema = z.object(
  {
    appId: appIdSchema,
    conversationId: int64Id,
    userIds: z._default(
      z
        .array(int64Id, { error: 'must be an array of ID strings' })
        .check(z.maxLength(MAX_USER_IDS, `must hold at most ${MAX_USER_IDS} user IDs`)),
      [],
    ),
    newestFirst: z._default(z.boolean({ error: 'must be true or false' }), false),
    onlineOnly: z._default(z.boolean({ error: 'must be true or false' }), false),
  },
  { error: 'must be a JSON object' },
);
export type SavedLookupInput = z.input<typeof savedLookupSchema>;
export type LookupQuestion = z.output<typeof savedLookupSchema>;

/** `GET /api/saved-lookups/:id` */
export interface SavedLookup extends LookupQuestion {
  id: string;
  /** ISO 8601. */
  createdAt: string;
  expiresAt: string;
}

/** One of the operator's own recent lookups, from the audit trail (`GET /api/lookups/recent`). */
export interface RecentLookup {
  auditId: number;
  /** ISO 8601. */
  at: string;
  mode: 'lookup' | 'browse';
  appId: string | null;
  conversationId: string | null;
  userCount: number;
  outcome: string;
  found: number | null;
  reason: string | null;
}
