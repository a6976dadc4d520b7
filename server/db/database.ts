import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { databaseProblem, prepareDataDir } from './data-dir';
import { migratePostgres, migrateSqlite } from './migrate';
import type { Database } from './schema';
import { withStatementCache } from './statement-cache';
import { createTurns } from './turns';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
/** What a write-locked function gets: the same query builder, bound to the locked transaction. */
export type Tx = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /** PostgreSQL's connection URL, for a connection of one's own (LISTEN); null on SQLite. */
  url: string | null;
  /**
   * Runs fn in a transaction that holds the database's write lock from its first statement, so what fn reads
   * still holds when it writes, against this process and every other on the same database (the CLIs, other
   * replicas). SQLite: BEGIN IMMEDIATE. PostgreSQL: a transaction-scoped advisory lock.
   */
  writeLocked<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs fn in the same queue as writeLocked, for one statement that takes the write lock by itself (see
   * audit-append-postgres.ts): this process's writers still wait for the lock on one pooled connection at most.
   */
  writeTurn<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * PostgreSQL only: runs one hot statement as a named prepared statement, planned once per connection instead of
   * on every call. Parameters are $1, $2, …; the text must never change under the same name.
   */
  prepared?<R>(name: string, text: string, values: unknown[]): Promise<R[]>;
  /** Whether the database answers now, for /readyz: null when it does, else why not. */
  problem(): Promise<string | null>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgres:// URL, or null for the SQLite file in dataDir. */
  url: string | null;
  dataDir: string;
  sqliteSynchronous?: 'normal' | 'full';
}

// Bigints that hold Unix milliseconds, counts and row ids are well within 2^53; IDs of users are TEXT.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** Every advisory lock the console takes; one number, so writers queue behind each other. */
export const WRITE_LOCK = 727_001;

/** Opens the console's database (PostgreSQL when given a URL, else the SQLite file) and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.url ? openPostgres(options.url) : openSqlite(options.dataDir, options.sqliteSynchronous);
}

function openSqlite(dataDir: string, synchronous: 'normal' | 'full' = 'normal'): DatabaseHandle {
  const dir = prepareDataDir(dataDir);
  const file = path.join(dir, 'console.db');
  let sqlite: SQLite.Database | undefined;
  try {
    sqlite = new SQLite(file);
    // WAL lets the CLIs write while the server reads. In WAL, NORMAL makes every commit survive a crash of the
    // process (kill -9); FULL also survives power loss, at an fsync (~0.8 ms here) per lookup.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    migrateSqlite(sqlite);
  } catch (err) {
    sqlite?.close();
    throw databaseProblem(dir, file, err) ?? err;
  }
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite as SQLite.Database) }),
  });
  return {
    db,
    dialect: 'sqlite',
    url: null,
    // Kysely's SQLite dialect has one connection and serialises its use; the IMMEDIATE begin also takes the
    // file's write lock at once, so a read in fn can't go stale before fn writes (SQLITE_BUSY_SNAPSHOT).
    writeLocked: (fn) =>
      db.connection().execute(async (conn) => {
        await sql`BEGIN IMMEDIATE`.execute(conn);
        try {
          const result = await fn(conn);
          await sql`COMMIT`.execute(conn);
          return result;
        } catch (err) {
          await sql`ROLLBACK`.execute(conn);
          throw err;
        }
      }),
    writeTurn: (fn) => fn(),
    problem: async () => {
      try {
        sqlite?.prepare('SELECT 1').get();
        return null;
      } catch (err) {
        return (err as Error).message;
      }
    },
    close: async () => {
      await db.destroy();
    },
  };
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const localTurn = createTurns();
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 3000,
    // Only named prepared statements (the audit append) are cached plans; theirs needn't be re-planned per call
    // for its parameters, and PostgreSQL's heuristic kept doing so, at a tenth of a millisecond each time. Options
    // given in DATABASE_URL are left as they are.
    ...(new URL(url).searchParams.has('options') ? {} : { options: '-c plan_cache_mode=force_generic_plan' }),
  });
  // A dropped connection must not crash the process; the next query gets a fresh one. Idle clients report it to
  // the pool, clients in use to themselves: both need a listener, or Node treats the error as unhandled.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  try {
    await migratePostgres(pool, WRITE_LOCK);
  } catch (err) {
    await pool.end();
    throw err;
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    url,
    // Writers of this process queue here first (writeTurn too), so at most one pooled connection waits on the
    // fleet-wide lock and the others stay free for reads: a burst of audit records, or a purge holding the lock,
    // must not starve session checks, sign-ins and /readyz.
    writeTurn: localTurn,
    writeLocked: (fn) =>
      localTurn(() =>
        db.transaction().execute(async (tx) => {
          await sql`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`.execute(tx);
          return fn(tx);
        }),
      ),
    prepared: async <R>(name: string, text: string, values: unknown[]) =>
      (await pool.query<R & pg.QueryResultRow>({ name, text, values })).rows as R[],
    problem: async () => {
      try {
        await sql`SELECT 1`.execute(db);
        return null;
      } catch (err) {
        return (err as Error).message;
      }
    },
    close: async () => {
      await db.destroy();
    },
  };
}
