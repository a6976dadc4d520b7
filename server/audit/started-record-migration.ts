/**
 * Migration: a streamed job's final record names its "started" record in `details.startedRecord`; this mirrors that
 * into an indexed column, so the audit listing can hide started records that a final record answers without reading
 * JSON row by row. The column is not hashed: the chain already covers `details`, and verification checks the mirror.
 * Rows written before it are filled in here, with the UPDATE guard lifted for this one statement and put back in
 * the same transaction. No foreign key: a purge may remove a started record whose final record it keeps.
 */
export const STARTED_RECORD_SQLITE = `
  ALTER TABLE audit_log ADD COLUMN started_record INTEGER;
  CREATE INDEX audit_started_record ON audit_log(started_record) WHERE started_record IS NOT NULL;
  DROP TRIGGER audit_log_no_update;
  UPDATE audit_log SET started_record = json_extract(details, '$.startedRecord')
  WHERE CASE WHEN json_valid(details) THEN json_type(details, '$.startedRecord') END = 'integer';
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;

export const STARTED_RECORD_POSTGRES = `
  ALTER TABLE audit_log ADD COLUMN started_record BIGINT;
  CREATE INDEX audit_started_record ON audit_log(started_record) WHERE started_record IS NOT NULL;
  ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
  UPDATE audit_log SET started_record = (details::jsonb ->> 'startedRecord')::bigint
  WHERE CASE WHEN details LIKE '%"startedRecord"%' THEN jsonb_typeof(details::jsonb -> 'startedRecord') END = 'number';
  ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
`;

/** What a record's `started_record` column must hold: the id its details name, if they name one. */
export function startedRecordOf(details: Record<string, unknown> | null | undefined): number | null {
  const id = details?.startedRecord;
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : null;
}
