import { z } from 'zod/mini';
import type { ApiError, UpstreamErrorInfo } from './errors';
import { appIdSchema, int64Id } from './int64';

/** The most user IDs one lookup may carry; the server's IM_MAX_USER_IDS may set it lower. */
export const MAX_USER_IDS = 50_000;
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
    /** The members to check. Empty or absent: list every member of the conversation (a browse). */
    userIds: z.pipe(
      z._default(
        z
          .array(int64Id, { error: 'must be an array of ID strings' })
          .check(z.maxLength(MAX_USER_IDS, `must hold at most ${MAX_USER_IDS} user IDs`)),
        [],
      ),
      // Duplicates are dropped but the first occurrence keeps its place, so rows come back in input order.
      z.transform((ids: string[]) => [...new Set(ids)]),
    ),
    /** Browse only: newest members first (Volcengine's `Reverse`). */
    newestFirst: z._default(z.boolean({ error: 'must be true or false' }), false),
    /** Browse only, live groups: the members online now (`ScanOnlineParticipant`). */
    onlineOnly: z._default(z.boolean({ error: 'must be true or false' }), false),
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

/** 1 one-to-one, 2 group, 100 live group; others pass through. */
export const CONVERSATION_TYPE = { oneToOne: 1, group: 2, liveGroup: 100 } as const;
export const CONVERSATION_STATUS = { normal: 0, dissolved: 1 } as const;

/** What BatchGetConversations says about the conversation; times are Unix seconds; absent fields are null. */
export interface ConversationInfo {
  conversationId: string;
  name: string | null;
  type: number | null;
  status: number | null;
  ownerId: string | null;
  creatorId: string | null;
  memberCount: number | null;
  onlineCount: number | null;
  createdAt: number | null;
  modifiedAt: number | null;
  description: string | null;
  notice: string | null;
  avatarUrl: string | null;
  /** One-to-one conversations: the other user. */
  otherUserId: string | null;
  ext: Record<string, string>;
}

export type LookupMode = 'lookup' | 'browse';
export type LookupOutcome = 'ok' | 'partial' | 'cancelled' | 'failed';

/** The conversation header's part of an answer: what is known, or why not. */
export type ConversationPart =
  | { state: 'found'; conversation: ConversationInfo }
  | { state: 'unknown' }
  | { state: 'failed'; error: UpstreamErrorInfo & { status: number } };

export interface LookupResponse {
  appId: string;
  conversationId: string;
  mode: LookupMode;
  outcome: LookupOutcome;
  conversation: ConversationPart;
  /** The requested user IDs after de-duplication, in input order (empty for a browse). */
  userIds: string[];
  /** Members found (a lookup) or listed (a browse), in input or listing order. */
  participants: Participant[];
  notMembers: string[];
  unanswered: UnansweredBatch[];
  /** A browse that stopped early says why; the rows listed until then stay valid. */
  browseError: (UpstreamErrorInfo & { status: number }) | null;
  requestIds: string[];
}

/**
 * A lookup streamed as NDJSON (`Accept: application/x-ndjson`): one event per line, as batches land.
 * The last line is always `end`, unless the connection drops.
 */
export type LookupEvent =
  | { type: 'start'; mode: LookupMode; appId: string; conversationId: string; userIds: string[] }
  | { type: 'conversation'; conversation: ConversationPart }
  /** `position`: a browse's place of the first row in the listing, as pages may land out of order. */
  | { type: 'rows'; participants: Participant[]; notMembers: string[]; position?: number }
  | { type: 'unchecked'; batch: UnansweredBatch }
  | LookupProgress
  | {
      type: 'end';
      outcome: LookupOutcome;
      browseError: LookupResponse['browseError'];
      requestIds: string[];
      /** Set when the console itself failed midway (the stream had started, so the status is already 200). */
      error?: Pick<ApiError, 'code' | 'message'>;
    };

export interface LookupProgress {
  type: 'progress';
  callsDone: number;
  /** Known up front for a lookup; for a browse, estimated from the member count (null when unknown). */
  callsTotal: number | null;
  found: number;
  notMembers: number;
  unchecked: number;
  /** Milliseconds left at the limiter's pace, or null when it can't be told. */
  etaMs: number | null;
}
