import { z } from 'zod/mini';
import { optionalInt64Id } from './int64';

export const AUDIT_EVENTS = [
  'lookup',
  'browse',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'operator_created',
  'operator_changed',
  'audit_purged',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

const optionalText = z.pipe(
  z.optional(z.string().check(z.trim(), z.maxLength(200, 'is at most 200 characters'))),
  z.transform((v: string | undefined) => v || undefined),
);
const optionalTime = z.pipe(
  z.optional(z.string().check(z.trim())),
  z.transform((v: string | undefined, ctx) => {
    if (!v) return undefined;
    const ms = Date.parse(v);
    if (Number.isNaN(ms)) {
      ctx.issues.push({ code: 'custom', message: 'must be an ISO 8601 time', input: v });
      return z.NEVER;
    }
    return ms;
  }),
);
const wholeNumber = (min: number, max: number, fallback: number) =>
  z._default(
    z.coerce.number({ error: 'must be a whole number' }).check(z.int('must be a whole number'), z.gte(min), z.lte(max)),
    fallback,
  );

/** Query string of `GET /api/audit` and `GET /api/audit.csv`. All filters are optional and combine with AND. */
export const auditQuerySchema = z.object({
  operator: optionalText,
  event: z.optional(z.enum(AUDIT_EVENTS)),
  appId: optionalInt64Id,
  conversationId: optionalInt64Id,
  userId: optionalInt64Id,
  from: optionalTime,
  to: optionalTime,
  /** As stored: "ok", "denied", an error code, or "started" for a streamed job that has no final record. */
  outcome: optionalText,
  page: wholeNumber(0, 1_000_000, 0),
  pageSize: wholeNumber(1, 100, 50),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;
export type AuditFilter = Omit<z.output<typeof auditQuerySchema>, 'page' | 'pageSize'>;

export interface AuditRecord {
  id: number;
  /** ISO 8601, UTC. */
  at: string;
  event: AuditEvent;
  operator: string | null;
  ip: string | null;
  appId: string | null;
  conversationId: string | null;
  userIds: string[];
  found: number | null;
  notMembers: number | null;
  /** "ok", "denied", or the error code. */
  outcome: string;
  requestIds: string[];
  durationMs: number | null;
  reason: string | null;
  /** Event-specific facts, e.g. the changes made to an operator. */
  details: Record<string, unknown> | null;
}

export interface AuditPage {
  records: AuditRecord[];
  total: number;
}

/**
 * The newest audit record, the head of the hash chain. An admin who notes it can later prove, with
 * `npm run audit -- verify --head <id>:<hash>`, that nothing up to it was changed, removed or cut off.
 */
export interface AuditHead {
  id: number;
  /** SHA-256, hex. */
  hash: string;
  /** ISO 8601, UTC. */
  at: string;
}

/** `GET /api/audit/head`; `head` is null while the trail is empty. */
export interface AuditHeadResponse {
  head: AuditHead | null;
}
