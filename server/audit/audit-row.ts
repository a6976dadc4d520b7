import type { AuditRecord } from '../../contract/audit';
import { parseJsonObject, parseStringList } from '../db/json-columns';
import type { Database } from '../db/schema';
import type { ChainContent } from './audit-chain';

/** An `audit_log` row as the database returns it: the schema's own table type, so the two can't drift apart. */
export type AuditRow = Database['audit_log'];

export const toRecord = (row: AuditRow): AuditRecord => ({
  id: row.id,
  at: new Date(row.at).toISOString(),
  event: row.event,
  operator: row.operator,
  ip: row.ip,
  appId: row.app_id,
  conversationId: row.conversation_id,
  userIds: parseStringList(row.user_ids),
  found: row.found,
  notMembers: row.not_members,
  outcome: row.outcome,
  requestIds: parseStringList(row.request_ids),
  durationMs: row.duration_ms,
  reason: row.reason,
  details: row.details ? parseJsonObject(row.details) : null,
});

const idText = (value: unknown) => (value === null ? null : String(value));

/**
 * What the chain hashes for a row. Reading it back must give exactly what was hashed on append, so this is the one
 * conversion both use. Anything that is not what the console writes (a TEXT time, a details string that is not an
 * object) throws, and verification reports the record as changed.
 */
export function toChainContent(row: AuditRow): ChainContent {
  return {
    id: String(row.id),
    at: row.at,
    event: row.event,
    operatorId: idText(row.operator_id),
    operator: row.operator,
    ip: row.ip,
    appId: row.app_id,
    conversationId: row.conversation_id,
    userIds: parseStringList(row.user_ids),
    found: row.found,
    notMembers: row.not_members,
    outcome: row.outcome,
    requestIds: parseStringList(row.request_ids),
    durationMs: row.duration_ms,
    reason: row.reason,
    details: row.details === null ? null : parseJsonObject(row.details),
  };
}
