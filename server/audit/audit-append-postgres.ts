import { type DatabaseHandle, WRITE_LOCK } from '../db/database';
import { createTurns } from '../db/turns';
import { type AuditEntry, type ChainLink, chainedRow } from './audit-entry';

/** Tries before falling back to the locked append, when other writers keep appending in between. */
const TRIES = 5;

/** Another writer appended first: the row's id is taken, or the append-only trigger saw a newer head. */
const lostRace = (err: unknown) => {
  const { code, message } = err as { code?: unknown; message?: unknown };
  return code === '23505' || (code === 'P0001' && message === 'audit_log is append-only');
};

// $1 the advisory lock, $2 the row as JSON, $3 the id of the record it follows, $4 its user IDs.
// json_populate_record types every value by the table's own columns, so the row needs no casts here.
const APPEND = `
  WITH write_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock($1::bigint)),
  added AS (
    INSERT INTO audit_log
    SELECT r.* FROM write_lock, json_populate_record(NULL::audit_log, $2::json) AS r
    WHERE (SELECT max(id) FROM audit_log) IS NOT DISTINCT FROM $3::bigint
    RETURNING id
  ),
  indexed AS (
    INSERT INTO audit_user_ids (audit_id, user_id)
    SELECT added.id, u FROM added, unnest($4::text[]) AS u
  )
  SELECT id FROM added`;

/**
 * Appends to the chain on PostgreSQL in one statement, one round trip, where the locked transaction takes six
 * (begin, lock, read the head, two inserts, commit), and prepared, so it is planned once per connection: every
 * lookup waits for its record, so this is on every lookup's path.
 *
 * The statement takes the same advisory lock as every locked writer, and inserts only if the newest record is
 * still the one this process last wrote or read; the primary key and the append-only trigger catch a writer that
 * got in between. Either way nothing forks: the head is read again and the row re-chained. This process's own
 * appends take turns, so only other replicas and the CLIs make it try again.
 */
export function createPostgresAppender(
  { db, prepared }: Pick<DatabaseHandle, 'db' | 'prepared'>,
  appendLocked: (entry: AuditEntry) => Promise<number>,
  now: () => number,
) {
  if (!prepared) throw new Error('the PostgreSQL appender needs prepared statements');
  const turn = createTurns();
  // The newest record as this process last saw it; undefined when unknown.
  let head: ChainLink | null | undefined;

  const readHead = async () =>
    (await db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst()) ?? null;

  async function appendAfter(entry: AuditEntry, after: ChainLink | null): Promise<ChainLink | null> {
    const { row, userIds } = chainedRow(entry, after, now());
    const rows = await prepared<{ id: number }>('imc_audit_append', APPEND, [
      WRITE_LOCK,
      JSON.stringify(row),
      after?.id ?? null,
      userIds,
    ]);
    return rows.length === 1 ? { id: row.id, hash: row.hash } : null;
  }

  return (entry: AuditEntry): Promise<number> =>
    turn(async () => {
      for (let tries = 0; tries < TRIES; tries += 1) {
        if (head === undefined) head = await readHead();
        let added: ChainLink | null;
        try {
          added = await appendAfter(entry, head);
        } catch (err) {
          head = undefined;
          if (lostRace(err)) continue;
          throw err;
        }
        head = added ?? undefined;
        if (added) return added.id;
      }
      // Others kept appending first: hold the lock from the read to the write, which always succeeds.
      return appendLocked(entry);
    });
}
