import { z } from 'zod/mini';
import type { UpstreamErrorInfo } from './errors';
import { appIdSchema, int64Id } from './int64';

export const MAX_USER_IDS = 1000;
export const ROLE = { member: 0, owner: 1, admin: 2 } as const;
export const STATUS = { active: 0, left: 1 } as const;
export const MAX_REASON_LENGTH = 500;

/**
 * Free text an operator types (a reason, a note): trimmed, bounded, and never NUL, which some tools
 * downstream of the audit trail treat as the end of the string. Control and bidi characters are kept
 * as typed; the audit page and the CSV show them escaped.
 */
export const freeText = (max: number) =>
  z.pipe(
    z.string({ error: 'must be a string' }),
    z.transform((raw: string, ctx) => {
      const text = raw.trim();
      if (text.includes('\u0000')) {
        ctx.issues.push({
          code: 'custom',
          message: 'must not contain NUL characters',
          input: raw,
          params: { rule: 'invalid' },
        });
        return z.NEVER;
      }
      if (text.length > max) {
        ctx.issues.push({
          code: 'custom',
          message: `is at most ${max} characters`,
          input: raw,
          params: { rule: 'too_long', limit: max },
        });
        return z.NEVER;
      }
      return text;
    }),
  );

export const lookupRequestSchema = z.object(
  {
    appId: appIdSchema,
    conversationId: int64Id,
    userIds: z.pipe(
      z
        .array(int64Id, {
          error: (issue) => (issue.input === undefined ? 'is required' : 'must be an array of ID strings'),
        })
        .check(
          z.minLength(1, 'must hold at least one user ID'),
          z.maxLength(MAX_USER_IDS, `must hold at most ${MAX_USER_IDS} user IDs`),
        ),
      // Duplicates are dropped but the first occurrence keeps its place, so rows come back in input order.
      z.transform((ids: string[]) => [...new Set(ids)]),
    ),
    /** Why the operator looks: a ticket number or a note. Required when the server says so. */
    reason: z.pipe(
      z.optional(freeText(MAX_REASON_LENGTH)),
      z.transform((v: string | undefined) => v || undefined),
    ),
  },
  { error: 'must be a JSON object' },
);
export type LookupRequest = z.input<typeof lookupRequestSchema>;
export type ValidLookup = z.output<typeof lookupRequestSchema>;

/**
 * One conversation member. IDs are decimal strings; times are Unix seconds.
 * Fields other than the IDs and role may be absent upstream, and then are null.
 */
export interface Participant {
  conversationId: string;
  userId: string;
  role: number;
  level: number | null;
  nickname: string | null;
  status: number | null;
  operator: string | null;
  joinedAt: number | null;
  mutedUntil: number | null;
  ext: Record<string, string>;
  avatarUrl: string | null;
}

/** IDs from a batch whose upstream call failed: their membership is unknown, not "no". */
export interface UnansweredBatch {
  userIds: string[];
  error: UpstreamErrorInfo & { status: number };
}

export interface LookupResponse {
  appId: string;
  conversationId: string;
  /** The requested user IDs after de-duplication, in input order. */
  userIds: string[];
  participants: Participant[];
  notMembers: string[];
  unanswered: UnansweredBatch[];
  requestIds: string[];
}
