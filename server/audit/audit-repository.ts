import type { AuditEvent, AuditFilter, AuditRecord } from '../../contract/audit';
import { parseJsonObject, parseStringList } from '../db/json-columns';
import type { Db } from '../db/open-database';

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

interface AuditRow {
  id: number;
  at: number;
  event: AuditEvent;
  operator: string | null;
  ip: string | null;
  app_id: string | null;
  conversation_id: string | null;
  user_ids: string;
  found: number | null;
  not_members: number | null;
  outcome: string;
  request_ids: string;
  duration_ms: number | null;
  reason: string | null;
  details: string | null;
}

const toRecord = (row: AuditRow): AuditRecord => ({
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

type FilterParams = Record<string, string | number>;

function where(filter: AuditFilter): { sql: string; params: FilterParams } {
  const clauses: string[] = [];
  if (filter.operator) clauses.push('operator = @operator COLLATE NOCASE');
  if (filter.event) clauses.push('event = @event');
  if (filter.appId) clauses.push('app_id = @appId');
  if (filter.conversationId) clauses.push('conversation_id = @conversationId');
  if (filter.userId) clauses.push('id IN (SELECT audit_id FROM audit_user_ids WHERE user_id = @userId)');
  if (filter.from !== undefined) clauses.push('at >= @from');
  if (filter.to !== undefined) clauses.push('at <= @to');
  const params: FilterParams = {};
  for (const [key, value] of Object.entries(filter)) if (value !== undefined) params[key] = value;
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function createAuditRepository(db: Db, now: () => number = Date.now) {
  const insert = db.prepare(`
    INSERT INTO audit_log (at, event, operator_id, operator, ip, app_id, conversation_id, user_ids, found, not_members,
                           outcome, request_ids, duration_ms, reason, details)
    VALUES (@at, @event, @operatorId, @operator, @ip, @appId, @conversationId, @userIds, @found, @notMembers,
            @outcome, @requestIds, @durationMs, @reason, @details)`);
  const insertUser = db.prepare('INSERT INTO audit_user_ids (audit_id, user_id) VALUES (?, ?)');

  const append = db.transaction((entry: AuditEntry): number => {
    const userIds = entry.userIds ?? [];
    const { lastInsertRowid } = insert.run({
      at: now(),
      event: entry.event,
      operatorId: entry.operatorId ?? null,
      operator: entry.operator ?? null,
      ip: entry.ip ?? null,
      appId: entry.appId ?? null,
      conversationId: entry.conversationId ?? null,
      userIds: JSON.stringify(userIds),
      found: entry.found ?? null,
      notMembers: entry.notMembers ?? null,
      outcome: entry.outcome,
      requestIds: JSON.stringify(entry.requestIds ?? []),
      durationMs: entry.durationMs ?? null,
      reason: entry.reason ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    });
    for (const userId of userIds) insertUser.run(lastInsertRowid, userId);
    return Number(lastInsertRowid);
  });

  return {
    /** Writes one record durably; callers await nothing, and a failure throws before any response. */
    append: (entry: AuditEntry) => append.immediate(entry),

    page(filter: AuditFilter, page: number, pageSize: number): { records: AuditRecord[]; total: number } {
      const { sql, params } = where(filter);
      const total =
        db.prepare<[FilterParams], { n: number }>(`SELECT count(*) AS n FROM audit_log ${sql}`).get(params)?.n ?? 0;
      const rows = db
        .prepare<[FilterParams], AuditRow>(
          `SELECT * FROM audit_log ${sql} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
        )
        .all({ ...params, limit: pageSize, offset: page * pageSize });
      return { records: rows.map(toRecord), total };
    },

    /**
     * Every matching record, newest first, in pages of 500 (for CSV export). Each page is read whole:
     * an open better-sqlite3 cursor would block every write on the connection until it closed.
     */
    *iterate(filter: AuditFilter): Generator<AuditRecord[]> {
      const { sql, params } = where(filter);
      const page = db.prepare<[FilterParams], AuditRow>(
        `SELECT * FROM audit_log ${sql ? `${sql} AND` : 'WHERE'} id < @before ORDER BY id DESC LIMIT 500`,
      );
      let before = Number.MAX_SAFE_INTEGER;
      for (;;) {
        const rows = page.all({ ...params, before });
        if (rows.length === 0) return;
        yield rows.map(toRecord);
        before = rows[rows.length - 1]?.id ?? 0;
      }
    },

    /** The one sanctioned delete: records older than the cutoff, and an audit record saying so. */
    purgeOlderThan: db.transaction((cutoffMs: number, retentionDays: number): number => {
      db.prepare('INSERT INTO audit_purge (cutoff) VALUES (?)').run(cutoffMs);
      db.prepare('DELETE FROM audit_user_ids WHERE audit_id IN (SELECT id FROM audit_log WHERE at < ?)').run(cutoffMs);
      const { changes } = db.prepare('DELETE FROM audit_log WHERE at < ?').run(cutoffMs);
      db.prepare('DELETE FROM audit_purge').run();
      append({
        event: 'audit_purged',
        outcome: 'ok',
        details: { removed: changes, before: new Date(cutoffMs).toISOString(), retentionDays },
      });
      return changes;
    }),
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
