import type { OperatorRole } from '../../contract/session';
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
}

interface OperatorRow {
  id: number;
  username: string;
  password_hash: string;
  role: OperatorRole;
  apps: string;
  disabled: number;
  created_at: number;
}

const toOperator = (row: OperatorRow): Operator => ({
  id: row.id,
  username: row.username,
  passwordHash: row.password_hash,
  role: row.role,
  apps: JSON.parse(row.apps) as string[],
  disabled: row.disabled === 1,
  createdAt: row.created_at,
});

export function createOperatorRepository(db: Db, now: () => number = Date.now) {
  const byName = db.prepare('SELECT * FROM operators WHERE username = ?');
  const byId = db.prepare('SELECT * FROM operators WHERE id = ?');
  return {
    count: () => (db.prepare('SELECT count(*) AS n FROM operators').get() as { n: number }).n,
    findByUsername: (username: string) => {
      const row = byName.get(username) as OperatorRow | undefined;
      return row ? toOperator(row) : null;
    },
    findById: (id: number) => {
      const row = byId.get(id) as OperatorRow | undefined;
      return row ? toOperator(row) : null;
    },
    list: () => (db.prepare('SELECT * FROM operators ORDER BY username').all() as OperatorRow[]).map(toOperator),
    insert(op: { username: string; passwordHash: string; role: OperatorRole; apps: string[] }): Operator {
      const at = now();
      const { lastInsertRowid } = db
        .prepare(
          'INSERT INTO operators (username, password_hash, role, apps, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(op.username, op.passwordHash, op.role, JSON.stringify(op.apps), at, at);
      return toOperator(byId.get(lastInsertRowid) as OperatorRow);
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
  };
}

export type OperatorRepository = ReturnType<typeof createOperatorRepository>;
