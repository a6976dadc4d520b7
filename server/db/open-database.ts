import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseProblem, prepareDataDir } from './data-dir';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

/** Opens (creating if needed) the console's SQLite file under dataDir and brings its schema up to date. */
export function openDatabase(dataDir: string, synchronous: 'normal' | 'full' = 'normal'): Db {
  const dir = prepareDataDir(dataDir);
  const file = path.join(dir, 'console.db');
  let db: Db | undefined;
  try {
    db = new Database(file);
    // WAL lets the operators CLI write while the server reads. In WAL, NORMAL makes every commit survive
    // a crash of the process (kill -9); FULL also survives power loss, at an fsync (~0.8 ms here) per lookup.
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (err) {
    db?.close();
    throw databaseProblem(dir, file, err) ?? err;
  }
}

function migrate(db: Db): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let i = version; i < MIGRATIONS.length; i += 1) {
    const migration = MIGRATIONS[i] ?? '';
    db.transaction(() => {
      if (typeof migration === 'function') migration(db);
      else db.exec(migration);
      db.pragma(`user_version = ${i + 1}`);
    }).immediate();
  }
}
