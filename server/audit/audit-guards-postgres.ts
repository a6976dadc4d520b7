import { GENESIS_HASH } from './audit-chain';

/** PostgreSQL's guards, named as `npm run audit -- verify` expects to find them. */
export const POSTGRES_AUDIT_TRIGGERS = [
  'audit_log_append_only',
  'audit_log_no_truncate',
  'audit_user_ids_append_only',
  'audit_user_ids_no_truncate',
] as const;

// The newest record is the purge's own record, naming the same cut: a purge can't happen without leaving one.
const PURGE_ALLOWS = (idColumn: string) => `EXISTS (
  SELECT 1 FROM audit_purge p
  JOIN audit_log newest ON newest.id = (SELECT max(id) FROM audit_log)
  WHERE newest.event = 'audit_purged'
    AND (newest.details::json #>> '{anchor,firstKeptId}')::bigint = p.before_id
    AND OLD.${idColumn} < p.before_id)`;

/**
 * The same guarantees as SQLite's triggers (server/audit/audit-chain-migration.ts): records are only appended,
 * after and linked to the newest; nothing is updated; rows go only in a purge that its own record names; and
 * TRUNCATE, which skips row triggers, is refused outright. A role without UPDATE/DELETE/TRUNCATE grants on these
 * tables (see the README) makes a second wall.
 */
export const POSTGRES_AUDIT_GUARDS = `
  CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql
    -- Fixed, with pg_temp last: a session's temporary tables must not stand in for the audit tables.
    SET search_path = public, pg_temp AS $$
  DECLARE newest_id BIGINT; newest_hash TEXT;
  BEGIN
    IF TG_OP = 'INSERT' THEN
      SELECT id, hash INTO newest_id, newest_hash FROM audit_log ORDER BY id DESC LIMIT 1;
      IF NEW.hash IS NULL OR NEW.id <= coalesce(newest_id, 0)
         OR NEW.prev_hash IS DISTINCT FROM coalesce(newest_hash, '${GENESIS_HASH}') THEN
        RAISE EXCEPTION 'audit_log is append-only';
      END IF;
      RETURN NEW;
    ELSIF TG_OP = 'DELETE' AND ${PURGE_ALLOWS('id')} THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
  END $$;
  CREATE TRIGGER audit_log_append_only BEFORE INSERT OR UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_guard();

  CREATE FUNCTION audit_user_ids_guard() RETURNS trigger LANGUAGE plpgsql
    -- Fixed, with pg_temp last: a session's temporary tables must not stand in for the audit tables.
    SET search_path = public, pg_temp AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      -- Index rows belong to the record just appended, in the same transaction.
      IF NEW.audit_id IS DISTINCT FROM (SELECT max(id) FROM audit_log) THEN
        RAISE EXCEPTION 'audit_user_ids is append-only';
      END IF;
      RETURN NEW;
    ELSIF TG_OP = 'DELETE' AND ${PURGE_ALLOWS('audit_id')} THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_user_ids is append-only';
  END $$;
  CREATE TRIGGER audit_user_ids_append_only BEFORE INSERT OR UPDATE OR DELETE ON audit_user_ids
    FOR EACH ROW EXECUTE FUNCTION audit_user_ids_guard();

  CREATE FUNCTION audit_no_truncate() RETURNS trigger LANGUAGE plpgsql
    -- Fixed, with pg_temp last: a session's temporary tables must not stand in for the audit tables.
    SET search_path = public, pg_temp AS $$
  BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;
  CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();
  CREATE TRIGGER audit_user_ids_no_truncate BEFORE TRUNCATE ON audit_user_ids
    FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();
`;
