import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache';

describe('withStatementCache', () => {
  const open = () => {
    const sqlite = new SQLite(':memory:');
    const prepared: string[] = [];
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((text: string) => {
      prepared.push(text);
      return prepare(text);
    }) as typeof sqlite.prepare;
    return { sqlite, prepared };
  };

  it('When a query runs again, then its statement is reused, and gives fresh answers', () => {
    const { sqlite, prepared } = open();
    const db = withStatementCache(sqlite);
    db.prepare('CREATE TABLE t (x INTEGER)').run([]);
    const insert = db.prepare('INSERT INTO t (x) VALUES (?)');
    insert.run([1]);
    db.prepare('INSERT INTO t (x) VALUES (?)').run([2]);
    expect(db.prepare('SELECT count(*) AS n FROM t').all([])).toEqual([{ n: 2 }]);
    db.prepare('INSERT INTO t (x) VALUES (?)').run([3]);
    expect(db.prepare('SELECT count(*) AS n FROM t').all([])).toEqual([{ n: 3 }]);
    expect(prepared).toEqual([
      'CREATE TABLE t (x INTEGER)',
      'INSERT INTO t (x) VALUES (?)',
      'SELECT count(*) AS n FROM t',
    ]);
    db.close();
  });

  it('When more distinct queries run than it keeps, then the least recently used is prepared again', () => {
    const { sqlite, prepared } = open();
    const db = withStatementCache(sqlite, 2);
    for (const text of ['SELECT 1', 'SELECT 2', 'SELECT 1', 'SELECT 3', 'SELECT 1', 'SELECT 2']) db.prepare(text);
    // SELECT 2 went when SELECT 3 came (SELECT 1 had just been used); SELECT 1 stayed.
    expect(prepared).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 2']);
    db.close();
  });
});
