import { type Preferences, parsePreferences } from '../../contract/preferences';
import type { OperatorRole } from '../../contract/session';
import { parseJsonObject, parseStringList } from '../db/json-columns';
import type { Db } from '../db/open-database';

export interface Operator {
  id: number;
  username: string;
  passwordHash: string;
  role: OperatorRole;
  /** AppIds, or ["*"] for every app the console serves. */
  apps: string[];
  disabled: boolean;
  createdAt: number;
  preferences: Preferences;
}

interface OperatorRow {
  id: number;
  username: string;
  password_hash: string;
  role: OperatorRole;
  apps: string;
  disabled: number;
  created_at: number;
  preferences: string;
}

const toOperator = (row: OperatorRow): Operator => ({
  id: row.id,
  username: row.username,
  passwordHash: row.password_hash,
  role: row.role,
  apps: parseStringList(row.apps),
  disabled: row.disabled === 1,
  createdAt: row.created_at,
  preferences: parsePreferences(parseJsonObject(row.preferences)),
});

export function createOperatorRepository(db: Db, now: () => number = Date.now) {
  const byName = db.prepare<[string], OperatorRow>('SELECT * FROM operators WHERE username = ?');
  const byId = db.prepare<[number | bigint], OperatorRow>('SELECT * FROM operators WHERE id = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM operators');
  const all = db.prepare<[], OperatorRow>('SELECT * FROM operators ORDER BY username');
  const otherActiveAdmins = db.prepare<[number], { n: number }>(
    "SELECT count(*) AS n FROM operators WHERE role = 'admin' AND disabled = 0 AND id <> ?",
  );
  return {
    /**
     * Runs fn in one IMMEDIATE transaction: the write lock is taken before fn reads, so what it checks
     * still holds when it writes, against this process and any other on the same file (the CLI).
     */
    inTransaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    countOtherActiveAdmins: (id: number) => otherActiveAdmins.get(id)?.n ?? 0,
    count: () => count.get()?.n ?? 0,
    findByUsername: (username: string) => {
      const row = byName.get(username);
      return row ? toOperator(row) : null;
    },
    findById: (id: number) => {
      const row = byId.get(id);
      return row ? toOperator(row) : null;
    },
    list: () => all.all().map(toOperator),
    insert(op: { username: string; passwordHash: string; role: OperatorRole; apps: string[] }): Operator {
      const at = now();
      const { lastInsertRowid } = db
        .prepare(
          'INSERT INTO operators (username, password_hash, role, apps, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(op.username, op.passwordHash, op.role, JSON.stringify(op.apps), at, at);
      const row = byId.get(lastInsertRowid);
      if (!row) throw new Error('the operator just inserted is gone');
      return toOperator(row);
    },
    update(id: number, changes: { role?: OperatorRole; apps?: string[]; disabled?: boolean; passwordHash?: string }) {
      const columns: Record<string, unknown> = {
        role: changes.role,
        apps: changes.apps && JSON.stringify(changes.apps),
        disabled: changes.disabled === undefined ? undefined : changes.disabled ? 1 : 0,
        password_hash: changes.passwordHash,
      };
      const params: Record<string, unknown> = { id, updated_at: now() };
      for (const [column, value] of Object.entries(columns)) if (value !== undefined) params[column] = value;
      const sets = Object.keys(params)
        .filter((column) => column !== 'id')
        .map((column) => `${column} = @${column}`);
      db.prepare(`UPDATE operators SET ${sets.join(', ')} WHERE id = @id`).run(params);
    },
    /** Display choices only: not an account change, so updated_at stays as the last change an admin made. */
    setPreferences(id: number, preferences: Preferences) {
      db.prepare('UPDATE operators SET preferences = ? WHERE id = ?').run(JSON.stringify(preferences), id);
    },
  };
}

export type OperatorRepository = ReturnType<typeof createOperatorRepository>;
