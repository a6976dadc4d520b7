import type { AuditEvent } from '../../contract/audit';
import { canonicalAroundId, chainHash, GENESIS_HASH, wellFormed } from './audit-chain';
import { type AuditRow, toChainContent } from './audit-row';
import { startedRecordOf } from './started-record-migration';

/** What a service hands in; the repository adds the time. */
export interface AuditEntry {
  event: AuditEvent;
  operatorId?: number | null;
  operator?: string | null;
  ip?: string | null;
  appId?: string | null;
  conversationId?: string | null;
  userIds?: string[];
  found?: number | null;
  notMembers?: number | null;
  outcome: string;
  requestIds?: string[];
  durationMs?: number | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

/** The newest record: the head of the chain. */
export interface AuditHeadRow {
  id: number;
  hash: string;
  at: number;
}

/** What the next record links to: the newest record's id and hash (null only in rows from before the chain). */
export interface ChainLink {
  id: number;
  hash: string | null;
}

/**
 * The row for the entry with its place in the chain left for the database to fill in under its lock: the id, the
 * previous hash, and the hash, which is SHA-256 of `${prev_hash}\n${prefix}${id}${suffix}` (see chainHash).
 */
export function unchainedRow(entry: AuditEntry, at: number) {
  const { row, userIds } = rowAfter(entry, null, at);
  const { id: _, ...content } = toChainContent(row);
  return { row: { ...row, prev_hash: null }, userIds, ...canonicalAroundId(content) };
}

/**
 * The row that follows `head` in the chain, hashed, and the user IDs for its index table. Pure: the caller makes
 * sure `head` is still the newest record when the row is written.
 */
export function chainedRow(entry: AuditEntry, head: ChainLink | null, at: number) {
  const { row, userIds } = rowAfter(entry, head, at);
  // Hashed from the row as stored, through the same conversion verification reads it back with.
  row.hash = chainHash(row.prev_hash ?? GENESIS_HASH, toChainContent(row));
  return { row, userIds };
}

/** The row that follows `head`, not yet hashed. */
function rowAfter(entry: AuditEntry, head: ChainLink | null, at: number) {
  const e = wellFormed(entry);
  const userIds = e.userIds ?? [];
  const row: AuditRow = {
    // Explicit, so a purge that empties the table can't make the database reuse ids.
    id: (head?.id ?? 0) + 1,
    at,
    event: e.event,
    operator_id: e.operatorId ?? null,
    operator: e.operator ?? null,
    ip: e.ip ?? null,
    app_id: e.appId ?? null,
    conversation_id: e.conversationId ?? null,
    user_ids: JSON.stringify(userIds),
    found: e.found ?? null,
    not_members: e.notMembers ?? null,
    outcome: e.outcome,
    request_ids: JSON.stringify(e.requestIds ?? []),
    duration_ms: e.durationMs ?? null,
    reason: e.reason ?? null,
    details: e.details ? JSON.stringify(e.details) : null,
    prev_hash: head?.hash ?? GENESIS_HASH,
    hash: null,
    started_record: startedRecordOf(e.details),
  };
  return { row, userIds };
}
