import type { AuditEvent, AuditFilter, AuditRecord } from '../../contract/audit';
import type { Db } from '../db/open-database';
import { chainHash, GENESIS_HASH, type PurgeAnchor, wellFormed } from './audit-chain';
import { type AuditRow, toChainContent, toRecord } from './audit-row';

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

/** The newest record: the head of the chain. */
export interface AuditHeadRow {
  id: number;
  hash: string;
  at: number;
}

export function createAuditRepository(db: Db, now: () => number = Date.now) {
  const insert = db.prepare(`
    INSERT INTO audit_log (id, at, event, operator_id, operator, ip, app_id, conversation_id, user_ids, found,
                           not_members, outcome, request_ids, duration_ms, reason, details, prev_hash, hash)
    VALUES (@id, @at, @event, @operator_id, @operator, @ip, @app_id, @conversation_id, @user_ids, @found,
            @not_members, @outcome, @request_ids, @duration_ms, @reason, @details, @prev_hash, @hash)`);
  const insertUser = db.prepare('INSERT INTO audit_user_ids (audit_id, user_id) VALUES (?, ?)');
  const newest = db.prepare<[], AuditHeadRow>('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1');

  // Runs inside an immediate transaction (see append), so no other connection, the operators CLI's included,
  // can append between reading the head and writing after it: the chain never forks.
  const appendInTransaction = (entry: AuditEntry): number => {
    const head = newest.get();
    const e = wellFormed(entry);
    const userIds = e.userIds ?? [];
    const row: AuditRow = {
      // Explicit, so a purge that empties the table can't make SQLite reuse ids.
      id: (head?.id ?? 0) + 1,
      at: now(),
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
    };
    // Hashed from the row as stored, through the same conversion verification reads it back with.
    row.hash = chainHash(row.prev_hash ?? GENESIS_HASH, toChainContent(row));
    insert.run(row);
    for (const userId of userIds) insertUser.run(row.id, userId);
    return row.id;
  };
  const append = db.transaction(appendInTransaction);

  const purge = db.transaction((cutoffMs: number, retentionDays: number): number => {
    const head = newest.get();
    // A purge removes a prefix of the chain: everything before the first record not older than the cutoff.
    // Cutting by time alone could take a record out of the middle when the clock once went backwards.
    const firstKept = db
      .prepare<[number], { id: number; prev_hash: string }>(
        'SELECT id, prev_hash FROM audit_log WHERE at >= ? ORDER BY id LIMIT 1',
      )
      .get(cutoffMs);
    const anchor: PurgeAnchor = firstKept
      ? { firstKeptId: firstKept.id, prevHash: firstKept.prev_hash }
      : // Nothing is new enough: the purge's own record, appended next, is the first one kept.
        { firstKeptId: (head?.id ?? 0) + 1, prevHash: head?.hash ?? GENESIS_HASH };
    const removed =
      db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM audit_log WHERE id < ?').get(anchor.firstKeptId)
        ?.n ?? 0;
    // The record comes first: the delete guards only let a purge through that its newest record names.
    appendInTransaction({
      event: 'audit_purged',
      outcome: 'ok',
      details: { removed, before: new Date(cutoffMs).toISOString(), retentionDays, anchor },
    });
    db.prepare('INSERT INTO audit_purge (before_id) VALUES (?)').run(anchor.firstKeptId);
    db.prepare('DELETE FROM audit_user_ids WHERE audit_id < ?').run(anchor.firstKeptId);
    db.prepare('DELETE FROM audit_log WHERE id < ?').run(anchor.firstKeptId);
    db.prepare('DELETE FROM audit_purge').run();
    return removed;
  });

  return {
    /** Writes one record durably; callers await nothing, and a failure throws before any response. */
    append: (entry: AuditEntry) => append.immediate(entry),

    /** The newest record's id, hash and time, or null for an empty trail. */
    head: (): AuditHeadRow | null => newest.get() ?? null,

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

    /**
     * The one sanctioned delete: the oldest records, up to the first not older than the cutoff, and an audit
     * record saying so that carries where the chain now starts. Returns how many records went.
     */
    purgeOlderThan: (cutoffMs: number, retentionDays: number): number => purge.immediate(cutoffMs, retentionDays),
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
