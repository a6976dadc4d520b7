import { z } from 'zod';
import { MAX_USER_IDS } from './constants';
import { int64Id } from './int64-id';

export const lookupRequestSchema = z.object(
  {
    appId: z
      .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
      .min(1, 'is required'),
    conversationId: int64Id,
    userIds: z
      .array(int64Id, {
        error: (issue) => (issue.input === undefined ? 'is required' : 'must be an array of ID strings'),
      })
      .min(1, 'must hold at least one user ID')
      .max(MAX_USER_IDS, `must hold at most ${MAX_USER_IDS} user IDs`)
      // Duplicates are dropped but the first occurrence keeps its place, so rows come back in input order.
      .transform((ids) => [...new Set(ids)]),
    /** Why the operator looks: a ticket number or a note. Required when the server says so. */
    reason: z
      .string({ error: 'must be a string' })
      .trim()
      .max(500, 'is at most 500 characters')
      .optional()
      .transform((v) => v || undefined),
  },
  { error: 'must be a JSON object' },
);
export type LookupRequest = z.input<typeof lookupRequestSchema>;

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

export interface UpstreamErrorInfo {
  code: string;
  message: string;
  requestId: string | null;
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

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    field?: string;
    upstream?: UpstreamErrorInfo;
  };
}

export interface ConsoleConfig {
  /** The apps this operator may look up. */
  apps: { id: string; label: string }[];
  /** When true, a lookup without `reason` is refused with 400. */
  reasonRequired: boolean;
  demo: boolean;
  maxUserIds: number;
  /** Present in demo mode: what "Try an example" fills in. */
  example: { appId: string; conversationId: string; userIds: string[] } | null;
}
