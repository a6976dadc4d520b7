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
      const sets: string[] = [];
      const params: Record<string, unknown> = { id, updatedAt: now() };
      if (changes.role !== undefined) sets.push('role = @role'), (params.role = changes.role);
      if (changes.apps !== undefined) sets.push('apps = @apps'), (params.apps = JSON.stringify(changes.apps));
      if (changes.disabled !== undefined)
        sets.push('disabled = @disabled'), (params.disabled = changes.disabled ? 1 : 0);
      if (changes.passwordHash !== undefined)
        sets.push('password_hash = @passwordHash'), (params.passwordHash = changes.passwordHash);
      db.prepare(`UPDATE operators SET ${[...sets, 'updated_at = @updatedAt'].join(', ')} WHERE id = @id`).run(params);
    },
  };
}

export type OperatorRepository = ReturnType<typeof createOperatorRepository>;
