import type { ExpressionBuilder } from 'kysely';
import { sql } from 'kysely';
import type { AuditFilter, AuditRecord } from '../../contract/audit';
import type { DatabaseHandle, Db } from '../db/database';
import type { Database } from '../db/schema';
import { createPostgresAppender } from './audit-append-postgres';
import { GENESIS_HASH, type PurgeAnchor } from './audit-chain';
import { type AuditEntry, type AuditHeadRow, chainedRow } from './audit-entry';
import { toRecord } from './audit-row';

export type { AuditEntry } from './audit-entry';

// Well under SQLite's and PostgreSQL's parameter limits, two per row.
const USER_ID_ROWS_PER_INSERT = 2000;

/**
 * One row per job: a streamed job's "started" record goes once its final record names it (an index search on
 * started_record). One left alone (the job still runs, or the server died mid-job) stays, as an auditor must see it.
 */
export const oneRowPerJob = (eb: ExpressionBuilder<Database, 'audit_log'>) =>
  eb.or([
    eb('outcome', '<>', 'started'),
    eb.not(
      eb.exists(
        eb
          .selectFrom('audit_log as final')
          .select(sql<number>`1`.as('one'))
          .whereRef('final.started_record', '=', 'audit_log.id'),
      ),
    ),
  ]);

function matches(filter: AuditFilter) {
  return (eb: ExpressionBuilder<Database, 'audit_log'>) =>
    eb.and([
      ...(filter.operator ? [eb(sql<string>`lower(operator)`, '=', filter.operator.toLowerCase())] : []),
      ...(filter.event ? [eb('event', '=', filter.event)] : []),
      ...(filter.appId ? [eb('app_id', '=', filter.appId)] : []),
      ...(filter.conversationId ? [eb('conversation_id', '=', filter.conversationId)] : []),
      ...(filter.userId
        ? [eb('id', 'in', eb.selectFrom('audit_user_ids').select('audit_id').where('user_id', '=', filter.userId))]
        : []),
      ...(filter.from !== undefined ? [eb('at', '>=', filter.from)] : []),
      ...(filter.to !== undefined ? [eb('at', '<=', filter.to)] : []),
      ...(filter.outcome ? [eb('outcome', '=', filter.outcome)] : []),
      oneRowPerJob(eb),
    ]);
}

/** The audit trail's queries, on a database or on a write-locked transaction (the *Locked methods need the lock). */
export function auditQueries(db: Db, now: () => number = Date.now) {
  const newest = () =>
    db.selectFrom('audit_log').select(['id', 'hash', 'at']).orderBy('id', 'desc').limit(1).executeTakeFirst();

  async function appendLocked(entry: AuditEntry): Promise<number> {
    const { row, userIds } = chainedRow(entry, (await newest()) ?? null, now());
    await db.insertInto('audit_log').values(row).execute();
    for (let i = 0; i < userIds.length; i += USER_ID_ROWS_PER_INSERT) {
      const slice = userIds.slice(i, i + USER_ID_ROWS_PER_INSERT);
      await db
        .insertInto('audit_user_ids')
        .values(slice.map((user_id) => ({ audit_id: row.id, user_id })))
        .execute();
    }
    return row.id;
  }

  return {
    appendLocked,

    /** The newest record's id, hash and time, or null for an empty trail. */
    async head(): Promise<AuditHeadRow | null> {
      const row = await newest();
      return row?.hash ? { id: row.id, hash: row.hash, at: row.at } : null;
    },

    async page(
      filter: AuditFilter,
      page: number,
      pageSize: number,
    ): Promise<{ records: AuditRecord[]; total: number }> {
      const count = await db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(matches(filter))
        .executeTakeFirst();
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where(matches(filter))
        .orderBy('id', 'desc')
        .limit(pageSize)
        .offset(page * pageSize)
        .execute();
      return { records: rows.map(toRecord), total: Number(count?.n ?? 0) };
    },

    /** An operator's own most recent lookups and browses, newest first. */
    async recentLookups(operatorId: number, limit: number) {
      return (
        await db
          .selectFrom('audit_log')
          .selectAll()
          .where('operator_id', '=', operatorId)
          .where('event', 'in', ['lookup', 'browse'])
          // A streamed job's first record only says it began; its own record follows.
          .where('outcome', '<>', 'started')
          .orderBy('id', 'desc')
          .limit(limit)
          .execute()
      ).map(toRecord);
    },

    /** One record by id, if it is one of the operator's own lookups or browses. */
    async ownLookup(auditId: number, operatorId: number) {
      const row = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('id', '=', auditId)
        .where('operator_id', '=', operatorId)
        .where('event', 'in', ['lookup', 'browse'])
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    /** Every matching record, newest first, in pages of 500 (for CSV export): no cursor stays open. */
    async *iterate(filter: AuditFilter): AsyncGenerator<AuditRecord[]> {
      let before = Number.MAX_SAFE_INTEGER;
      for (;;) {
        const rows = await db
          .selectFrom('audit_log')
          .selectAll()
          .where(matches(filter))
          .where('id', '<', before)
          .orderBy('id', 'desc')
          .limit(500)
          .execute();
        if (rows.length === 0) return;
        yield rows.map(toRecord);
        before = rows[rows.length - 1]?.id ?? 0;
      }
    },

    /** The purge itself; see purgeOlderThan. Needs the write lock. */
    async purgeLocked(cutoffMs: number, retentionDays: number): Promise<number> {
      const head = await newest();
      // A purge removes a prefix of the chain: everything before the first record not older than the cutoff.
      // Cutting by time alone could take a record out of the middle when the clock once went backwards.
      const firstKept = await db
        .selectFrom('audit_log')
        .select(['id', 'prev_hash'])
        .where('at', '>=', cutoffMs)
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      const anchor: PurgeAnchor = firstKept
        ? { firstKeptId: firstKept.id, prevHash: firstKept.prev_hash ?? GENESIS_HASH }
        : // Nothing is new enough: the purge's own record, appended next, is the first one kept.
          { firstKeptId: (head?.id ?? 0) + 1, prevHash: head?.hash ?? GENESIS_HASH };
      const counted = await db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('id', '<', anchor.firstKeptId)
        .executeTakeFirst();
      const removed = Number(counted?.n ?? 0);
      // The record comes first: the delete guards only let a purge through that its newest record names.
      await appendLocked({
        event: 'audit_purged',
        outcome: 'ok',
        details: { removed, before: new Date(cutoffMs).toISOString(), retentionDays, anchor },
      });
      await db.insertInto('audit_purge').values({ before_id: anchor.firstKeptId }).execute();
      await db.deleteFrom('audit_user_ids').where('audit_id', '<', anchor.firstKeptId).execute();
      await db.deleteFrom('audit_log').where('id', '<', anchor.firstKeptId).execute();
      await db.deleteFrom('audit_purge').execute();
      return removed;
    },
  };
}

/**
 * The audit trail. Appends and purges take the database's write lock, so no other writer (the CLIs, another
 * replica) can append between reading the head and writing after it: the chain never forks.
 */
export function createAuditRepository(handle: DatabaseHandle, now: () => number = Date.now) {
  const queries = auditQueries(handle.db, now);
  const appendLocked = (entry: AuditEntry): Promise<number> =>
    handle.writeLocked((tx) => auditQueries(tx, now).appendLocked(entry));
  const appendOnPostgres = handle.dialect === 'postgres' ? createPostgresAppender(handle) : null;
  return {
    head: queries.head,
    page: queries.page,
    recentLookups: queries.recentLookups,
    ownLookup: queries.ownLookup,
    iterate: queries.iterate,
    /** Writes one record durably before it returns; a failure throws before any response is sent. */
    append: appendOnPostgres ? (entry: AuditEntry) => appendOnPostgres(entry, now) : appendLocked,
    /**
     * The one sanctioned delete: the oldest records, up to the first not older than the cutoff, and an audit
     * record saying so that carries where the chain now starts. Resolves to how many records went.
     */
    purgeOlderThan: (cutoffMs: number, retentionDays: number): Promise<number> =>
      handle.writeLocked((tx) => auditQueries(tx, now).purgeLocked(cutoffMs, retentionDays)),
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
