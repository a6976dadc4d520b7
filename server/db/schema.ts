import type { Generated } from 'kysely';
import type { AuditEvent } from '../../contract/audit';
import type { OperatorRole } from '../../contract/session';

/**
 * The console's tables, as both SQLite and PostgreSQL hold them. JSON lives in TEXT columns and booleans in
 * integers, so a row reads the same from either database (and hashes the same, for the audit chain).
 */
export interface Database {
  operators: {
    id: Generated<number>;
    username: string;
    password_hash: string;
    role: OperatorRole;
    /** JSON array of AppId strings; "*" grants every app the console serves. */
    apps: string;
    disabled: number;
    created_at: number;
    updated_at: number;
    /** JSON object read through contract/preferences.ts. */
    preferences: Generated<string>;
    /** Set for operators made by single sign-on: the provider (issuer URL) and its subject (`sub`). */
    sso_issuer: Generated<string | null>;
    sso_subject: Generated<string | null>;
  };
  sessions: {
    token_hash: string;
    operator_id: number;
    created_at: number;
    last_seen_at: number;
  };
  audit_log: {
    id: number;
    at: number;
    event: AuditEvent;
    operator_id: number | null;
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
    prev_hash: string | null;
    hash: string | null;
    /** A streamed job's final record: the id of its "started" record, mirrored from details.startedRecord. */
    started_record: number | null;
  };
  audit_user_ids: {
    audit_id: number;
    user_id: string;
  };
  /** Set only inside a retention purge: lets DELETE remove records before `before_id`, nothing else. */
  audit_purge: {
    before_id: number;
  };
  saved_lookups: {
    /** Random and unguessable: the link is the capability to ask the question, not to see an answer. */
    id: string;
    created_by: number;
    created_at: number;
    app_id: string;
    conversation_id: string;
    /** JSON array of ID strings. */
    user_ids: string;
    /** JSON object: newestFirst, onlineOnly. */
    options: string;
  };
  /** Sign-ins sent to the identity provider and not yet back; each is taken (deleted) once. */
  oidc_flows: {
    /** SHA-256 of the random ID in the browser's flow cookie. */
    id_hash: string;
    state: string;
    nonce: string;
    code_verifier: string;
    /** The console page to open after signing in. */
    return_to: string | null;
    created_at: number;
  };
  server_keys: {
    name: string;
    secret: Buffer;
    created_at: number;
  };
}
