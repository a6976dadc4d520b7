import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * The SQLite database as Kysely sees it, with each statement prepared once and kept, instead of on every query as
 * Kysely's driver does: a lookup runs the same few statements every time, and preparing them was a tenth of its
 * cost. The least recently used go first, so queries with lists of varying length can't grow it without bound.
 */
export function withStatementCache(sqlite: SQLite.Database, max = 256): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (statement) statements.delete(text);
      else {
        statement = sqlite.prepare(text);
        if (statements.size >= max) statements.delete(statements.keys().next().value ?? '');
      }
      statements.set(text, statement);
      return statement;
    },
  };
}
