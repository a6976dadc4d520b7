import type SQLite from 'better-sqlite3';
import type pg from 'pg';
import { MIGRATIONS } from './migrations';

/** SQLite: each step in an IMMEDIATE transaction, counted in PRAGMA user_version (as it always has been). */
export function migrateSqlite(db: SQLite.Database): void {
  for (;;) {
    const done = db
      .transaction(() => {
        const version = db.pragma('user_version', { simple: true }) as number;
        const step = MIGRATIONS[version];
        if (!step) return true;
        if (typeof step.sqlite === 'function') step.sqlite(db);
        else db.exec(step.sqlite);
        db.pragma(`user_version = ${version + 1}`);
        return false;
      })
      .immediate();
    if (done) return;
  }
}

/**
 * PostgreSQL: each step in a transaction under the console's advisory lock, counted in a one-row table. Replicas
 * starting at once take turns, and each finds the steps the others ran. Steps are plain SQL, sent without
 * parameters so one step may hold several statements.
 */
export async function migratePostgres(pool: pg.Pool, lock: number): Promise<void> {
  const client = await pool.connect();
  try {
    for (;;) {
      await client.query('BEGIN');
      try {
        await client.query(`SELECT pg_advisory_xact_lock(${lock})`);
        // Checked before creating, so a role without CREATE rights (see the README) can start a migrated database.
        const { rows: exists } = await client.query<{ t: string | null }>("SELECT to_regclass('schema_version') AS t");
        if (!exists[0]?.t) await client.query('CREATE TABLE schema_version (version INTEGER NOT NULL)');
        const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
        const version = rows[0]?.version ?? 0;
        const step = MIGRATIONS[version];
        if (!step) {
          await client.query('COMMIT');
          return;
        }
        if (step.postgres) await client.query(step.postgres);
        await client.query(
          rows.length === 0
            ? `INSERT INTO schema_version (version) VALUES (${version + 1})`
            : `UPDATE schema_version SET version = ${version + 1}`,
        );
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
  } finally {
    client.release();
  }
}
