/**
 * Takes the chain's lock and then reads the head. A function, because a statement's own reads all see the database
 * as it was when the statement began, before it waited for the lock; each query in a VOLATILE function sees it anew.
 */
export const AUDIT_LOCK_HEAD_POSTGRES = `
  CREATE FUNCTION audit_lock_head(lock_key BIGINT) RETURNS TABLE (head_id BIGINT, head_hash TEXT)
    LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
  BEGIN
    PERFORM pg_advisory_xact_lock(lock_key);
    RETURN QUERY SELECT a.id, a.hash FROM audit_log a ORDER BY a.id DESC LIMIT 1;
  END $$;
`;
