import { type DatabaseHandle, WRITE_LOCK } from '../db/database';
import { GENESIS_HASH } from './audit-chain';
import { type AuditEntry, unchainedRow } from './audit-entry';
import type { AuditRow } from './audit-row';

// Every column, named: a column added later gets its default rather than a NULL from the record type. A Record so
// that the schema gaining a column fails to compile until it is listed here.
const COLUMN_SET: Record<keyof AuditRow, true> = {
  id: true,
  at: true,
  event: true,
  operator_id: true,
  operator: true,
  ip: true,
  app_id: true,
  conversation_id: true,
  user_ids: true,
  found: true,
  not_members: true,
  outcome: true,
  request_ids: true,
  duration_ms: true,
  reason: true,
  details: true,
  prev_hash: true,
  hash: true,
  started_record: true,
};
const COLUMNS = Object.keys(COLUMN_SET);

// $1 the chain's advisory lock, $2 the row as JSON, $3 and $4 its canonical text before and after its id (see
// unchainedRow), $5 its user IDs. Under the lock, the next id and the previous hash come from the head as it is
// then, and the hash is computed here exactly as chainHash computes it.
const APPEND = `
  WITH head AS MATERIALIZED (SELECT * FROM audit_lock_head($1::bigint)),
  next AS MATERIALIZED (
    SELECT coalesce((SELECT head_id FROM head), 0) + 1 AS id,
           coalesce((SELECT head_hash FROM head), '${GENESIS_HASH}') AS prev_hash
  ),
  added AS (
    INSERT INTO audit_log (${COLUMNS.join(', ')})
    SELECT ${COLUMNS.map((column) => `r.${column}`).join(', ')} FROM next, jsonb_populate_record(NULL::audit_log, $2::jsonb || jsonb_build_object(
      'id', next.id,
      'prev_hash', next.prev_hash,
      'hash', encode(sha256(convert_to(next.prev_hash || E'\\n' || $3::text || next.id::text || $4::text, 'UTF8')), 'hex')
    )) AS r
    RETURNING id
  ),
  indexed AS (
    INSERT INTO audit_user_ids (audit_id, user_id)
    SELECT added.id, u FROM added, unnest($5::text[]) AS u
  )
  SELECT id FROM added`;

/**
 * Appends to the chain on PostgreSQL in one prepared statement, one round trip, where a locked transaction takes
 * six (begin, lock, read the head, two inserts, commit): every lookup waits for its record, so this is on every
 * lookup's path. The statement takes the lock every writer takes (audit_lock_head) and then numbers, links and
 * hashes the row itself, so it always follows the true head, whichever replica or CLI wrote last. Verification
 * recomputes each hash from the stored row, as for a row hashed here.
 */
export function createPostgresAppender({ prepared, writeTurn }: Pick<DatabaseHandle, 'prepared' | 'writeTurn'>) {
  if (!prepared) throw new Error('the PostgreSQL appender needs prepared statements');
  return async (entry: AuditEntry, now: () => number): Promise<number> => {
    const [added] = await writeTurn(() => {
      // Timed in its turn, so this process's records keep their times in the order of their ids.
      const { row, userIds, prefix, suffix } = unchainedRow(entry, now());
      return prepared<{ id: number }>('imc_audit_append', APPEND, [
        WRITE_LOCK,
        JSON.stringify(row),
        prefix,
        suffix,
        userIds,
      ]);
    });
    if (!added) throw new Error('the audit record was not written');
    return added.id;
  };
}
