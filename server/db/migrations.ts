import type SQLite from 'better-sqlite3';
import { chainAuditLog } from '../audit/audit-chain-migration';
import { POSTGRES_AUDIT_GUARDS } from '../audit/audit-guards-postgres';
import { AUDIT_LOCK_HEAD_POSTGRES } from '../audit/audit-lock-head-postgres';
import { STARTED_RECORD_POSTGRES, STARTED_RECORD_SQLITE } from '../audit/started-record-migration';
import { AUTH_CHANGES_POSTGRES } from '../auth/auth-changes-postgres';

/**
 * One schema change for both databases. SQLite's form is SQL (or, for what SQL can't do, a function), run in one
 * transaction; PostgreSQL's is SQL. PostgreSQL support arrived after SQLite's steps 1–4, so its first step creates
 * the schema as those steps leave it, and its steps 2–4 are empty: no PostgreSQL database predates them.
 */
export interface Migration {
  name: string;
  sqlite: string | ((db: SQLite.Database) => void);
  postgres: string;
}

const POSTGRES_SCHEMA = `
  CREATE TABLE operators (
    id            SERIAL PRIMARY KEY,
    username      TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('viewer', 'admin')),
    apps          TEXT NOT NULL DEFAULT '[]',
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL,
    preferences   TEXT NOT NULL DEFAULT '{}'
  );
  -- Usernames are unique whatever their case, as SQLite's COLLATE NOCASE makes them.
  CREATE UNIQUE INDEX operators_username ON operators (lower(username));

  CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    operator_id  INTEGER NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
  );
  CREATE INDEX sessions_operator ON sessions(operator_id);

  CREATE TABLE audit_log (
    id              BIGINT PRIMARY KEY,
    at              BIGINT NOT NULL,
    event           TEXT NOT NULL,
    operator_id     INTEGER,
    operator        TEXT,
    ip              TEXT,
    app_id          TEXT,
    conversation_id TEXT,
    user_ids        TEXT NOT NULL DEFAULT '[]',
    found           INTEGER,
    not_members     INTEGER,
    outcome         TEXT NOT NULL,
    request_ids     TEXT NOT NULL DEFAULT '[]',
    duration_ms     INTEGER,
    reason          TEXT,
    details         TEXT,
    prev_hash       TEXT,
    hash            TEXT
  );
  CREATE INDEX audit_at ON audit_log(at);
  CREATE INDEX audit_operator ON audit_log(lower(operator), at);
  CREATE INDEX audit_conversation ON audit_log(conversation_id, at);

  CREATE TABLE audit_user_ids (
    audit_id BIGINT NOT NULL REFERENCES audit_log(id),
    user_id  TEXT NOT NULL
  );
  CREATE INDEX audit_user_ids_user ON audit_user_ids(user_id, audit_id);

  CREATE TABLE audit_purge (before_id BIGINT NOT NULL);

  CREATE TABLE server_keys (
    name       TEXT PRIMARY KEY,
    secret     BYTEA NOT NULL,
    created_at BIGINT NOT NULL
  );
  ${POSTGRES_AUDIT_GUARDS}
`;

/** Applied in order on start; each database records how many ran. Append new entries; never edit a shipped one. */
export const MIGRATIONS: Migration[] = [
  {
    name: 'initial schema',
    sqlite: `
  CREATE TABLE operators (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('viewer', 'admin')),
    -- JSON array of AppId strings; "*" grants every app the console serves.
    apps          TEXT NOT NULL DEFAULT '[]',
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
  );

  CREATE TABLE sessions (
    -- SHA-256 of the cookie's token: a copy of the database can't be replayed as cookies.
    token_hash   TEXT PRIMARY KEY,
    operator_id  INTEGER NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_operator ON sessions(operator_id);

  CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              INTEGER NOT NULL,             -- Unix ms
    event           TEXT NOT NULL,
    operator_id     INTEGER,
    operator        TEXT,                         -- username at the time, kept even if renamed
    ip              TEXT,
    app_id          TEXT,
    conversation_id TEXT,                         -- int64 IDs are TEXT: exact, always
    user_ids        TEXT NOT NULL DEFAULT '[]',   -- JSON array of ID strings, in request order
    found           INTEGER,
    not_members     INTEGER,
    outcome         TEXT NOT NULL,
    request_ids     TEXT NOT NULL DEFAULT '[]',
    duration_ms     INTEGER,
    reason          TEXT,
    details         TEXT
  );
  CREATE INDEX audit_at ON audit_log(at);
  CREATE INDEX audit_operator ON audit_log(operator COLLATE NOCASE, at);
  CREATE INDEX audit_conversation ON audit_log(conversation_id, at);

  -- One row per looked-up user, so "who looked at this person" is an index search.
  CREATE TABLE audit_user_ids (
    audit_id INTEGER NOT NULL REFERENCES audit_log(id),
    user_id  TEXT NOT NULL
  );
  CREATE INDEX audit_user_ids_user ON audit_user_ids(user_id, audit_id);

  -- Set only inside a retention purge; lets DELETE remove rows older than its cutoff, nothing else.
  CREATE TABLE audit_purge (cutoff INTEGER NOT NULL);

  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  WHEN NOT EXISTS (SELECT 1 FROM audit_purge WHERE OLD.at < cutoff)
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  CREATE TRIGGER audit_user_ids_no_update BEFORE UPDATE ON audit_user_ids
  BEGIN SELECT RAISE(ABORT, 'audit_user_ids is append-only'); END;
  CREATE TRIGGER audit_user_ids_no_delete BEFORE DELETE ON audit_user_ids
  WHEN NOT EXISTS (SELECT 1 FROM audit_purge, audit_log a WHERE a.id = OLD.audit_id AND a.at < cutoff)
  BEGIN SELECT RAISE(ABORT, 'audit_user_ids is append-only'); END;
  `,
    postgres: POSTGRES_SCHEMA,
  },
  {
    name: 'server keys',
    sqlite: `
  -- Random keys made once per database, so every server process on it (and later every replica) signs
  -- and verifies alike. Never logged, never sent to a browser.
  CREATE TABLE server_keys (
    name       TEXT PRIMARY KEY,
    secret     BLOB NOT NULL,
    created_at INTEGER NOT NULL
  );
  `,
    postgres: '',
  },
  {
    // The audit trail becomes a hash chain (server/audit/audit-chain.ts), and its guards also refuse REPLACE.
    name: 'audit hash chain',
    sqlite: chainAuditLog,
    postgres: '',
  },
  {
    // Language and time display per operator, as a JSON object read through contract/preferences.ts.
    name: 'operator preferences',
    sqlite: `ALTER TABLE operators ADD COLUMN preferences TEXT NOT NULL DEFAULT '{}';`,
    postgres: '',
  },
  {
    // Lookups too long for a URL, saved under an opaque ID so a link (/l/<id>) can carry them.
    name: 'saved lookups',
    sqlite: `
      CREATE TABLE saved_lookups (
        id              TEXT PRIMARY KEY,
        created_by      INTEGER NOT NULL,
        created_at      INTEGER NOT NULL,
        app_id          TEXT NOT NULL,
        conversation_id TEXT NOT NULL,
        user_ids        TEXT NOT NULL,
        options         TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX saved_lookups_created ON saved_lookups(created_at);`,
    postgres: `
      CREATE TABLE saved_lookups (
        id              TEXT PRIMARY KEY,
        created_by      INTEGER NOT NULL,
        created_at      BIGINT NOT NULL,
        app_id          TEXT NOT NULL,
        conversation_id TEXT NOT NULL,
        user_ids        TEXT NOT NULL,
        options         TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX saved_lookups_created ON saved_lookups(created_at);`,
  },
  {
    // Single sign-on: an operator made by OIDC is known by its provider and subject, never by its username (a local
    // account of the same name must not be taken over). Pending sign-ins live in oidc_flows, each used once.
    name: 'oidc single sign-on',
    sqlite: `
      ALTER TABLE operators ADD COLUMN sso_issuer TEXT;
      ALTER TABLE operators ADD COLUMN sso_subject TEXT;
      CREATE UNIQUE INDEX operators_sso ON operators(sso_issuer, sso_subject) WHERE sso_subject IS NOT NULL;
      CREATE TABLE oidc_flows (
        id_hash       TEXT PRIMARY KEY,
        state         TEXT NOT NULL,
        nonce         TEXT NOT NULL,
        code_verifier TEXT NOT NULL,
        return_to     TEXT,
        created_at    INTEGER NOT NULL
      );`,
    postgres: `
      ALTER TABLE operators ADD COLUMN sso_issuer TEXT;
      ALTER TABLE operators ADD COLUMN sso_subject TEXT;
      CREATE UNIQUE INDEX operators_sso ON operators(sso_issuer, sso_subject) WHERE sso_subject IS NOT NULL;
      CREATE TABLE oidc_flows (
        id_hash       TEXT PRIMARY KEY,
        state         TEXT NOT NULL,
        nonce         TEXT NOT NULL,
        code_verifier TEXT NOT NULL,
        return_to     TEXT,
        created_at    BIGINT NOT NULL
      );`,
  },
  {
    // One listed row per streamed job: the final record's link to its "started" record, indexed.
    name: 'audit started record',
    sqlite: STARTED_RECORD_SQLITE,
    postgres: STARTED_RECORD_POSTGRES,
  },
  {
    // Replicas remember signed-in sessions while PostgreSQL tells them of every change (server/auth/auth-changes.ts).
    // SQLite needs nothing: it is read in-process, so nothing is remembered.
    name: 'auth change notices',
    sqlite: '',
    postgres: AUTH_CHANGES_POSTGRES,
  },
  {
    // Appends in one statement need the head read after the chain's lock (server/audit/audit-append-postgres.ts).
    name: 'audit lock and head',
    sqlite: '',
    postgres: AUDIT_LOCK_HEAD_POSTGRES,
  },
];
