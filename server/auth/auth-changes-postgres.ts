/** What PostgreSQL says, through NOTIFY, whenever an operator or a session changes or goes. */
export const AUTH_CHANGES_CHANNEL = 'imc_auth_changed';

/**
 * The triggers behind AUTH_CHANGES_CHANNEL. They fire for every writer, this console, another replica, a CLI or
 * an administrator at psql, and PostgreSQL sends the notice when the change commits. The payload is the
 * operator's id, or "all".
 */
export const AUTH_CHANGES_POSTGRES = `
  CREATE FUNCTION notify_auth_change() RETURNS trigger LANGUAGE plpgsql
    SET search_path = public, pg_temp AS $$
  BEGIN
    IF TG_LEVEL = 'STATEMENT' THEN
      PERFORM pg_notify('${AUTH_CHANGES_CHANNEL}', 'all');
    ELSE
      PERFORM pg_notify('${AUTH_CHANGES_CHANNEL}', coalesce(to_jsonb(OLD) ->> TG_ARGV[0], 'all'));
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER operators_auth_changed AFTER UPDATE OR DELETE ON operators
    FOR EACH ROW EXECUTE FUNCTION notify_auth_change('id');
  CREATE TRIGGER sessions_auth_changed AFTER UPDATE OR DELETE ON sessions
    FOR EACH ROW EXECUTE FUNCTION notify_auth_change('operator_id');
  CREATE TRIGGER operators_truncated AFTER TRUNCATE ON operators
    FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_change();
  CREATE TRIGGER sessions_truncated AFTER TRUNCATE ON sessions
    FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_change();
`;
