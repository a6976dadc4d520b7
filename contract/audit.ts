import { z } from 'zod';

export const AUDIT_EVENTS = [
  'lookup',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'operator_created',
  'operator_changed',
  'audit_purged',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => (v ? v : undefined));
const optionalId = z
  .string()
  .trim()
  .regex(/^[0-9]{0,19}$/, 'must be a decimal ID')
  .optional()
  .transform((v) => (v ? v : undefined));
const optionalTime = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const ms = Date.parse(v);
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 time' });
      return z.NEVER;
    }
    return ms;
  });

/** Query string of `GET /api/audit` and `GET /api/audit.csv`. All filters are optional and combine with AND. */
export const auditQuerySchema = z.object({
  operator: optionalText,
  event: z.enum(AUDIT_EVENTS).optional(),
  appId: optionalId,
  conversationId: optionalId,
  userId: optionalId,
  from: optionalTime,
  to: optionalTime,
  page: z.coerce.number().int().min(0).default(0),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

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
