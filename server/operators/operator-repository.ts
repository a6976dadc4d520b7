import { type Selectable, sql } from 'kysely';
import { type Preferences, parsePreferences } from '../../contract/preferences';
import type { OperatorRole } from '../../contract/session';
import type { Db } from '../db/database';
import { parseJsonObject, parseStringList } from '../db/json-columns';
import type { Database } from '../db/schema';

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
  /** Made by single sign-on: no local password, role and apps come from the provider's claims. */
  sso: boolean;
}

type OperatorRow = Selectable<Database['operators']>;

export const toOperator = (row: OperatorRow): Operator => ({
  id: row.id,
  username: row.username,
  passwordHash: row.password_hash,
  role: row.role,
  apps: parseStringList(row.apps),
  disabled: row.disabled === 1,
  createdAt: row.created_at,
  preferences: parsePreferences(parseJsonObject(row.preferences)),
  sso: row.sso_subject !== null,
});

export function createOperatorRepository(db: Db, now: () => number = Date.now) {
  // Usernames match whatever their case, on either database (SQLite's column is also COLLATE NOCASE).
  const byName = (username: string) =>
    db.selectFrom('operators').selectAll().where(sql<string>`lower(username)`, '=', username.toLowerCase());
  const byId = (id: number) => db.selectFrom('operators').selectAll().where('id', '=', id);
  return {
    async countOtherActiveAdmins(id: number): Promise<number> {
      const row = await db
        .selectFrom('operators')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('role', '=', 'admin')
        .where('disabled', '=', 0)
        .where('id', '<>', id)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async count(): Promise<number> {
      const row = await db
        .selectFrom('operators')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async findByUsername(username: string): Promise<Operator | null> {
      const row = await byName(username).executeTakeFirst();
      return row ? toOperator(row) : null;
    },
    async findById(id: number): Promise<Operator | null> {
      const row = await byId(id).executeTakeFirst();
      return row ? toOperator(row) : null;
    },
    async list(): Promise<Operator[]> {
      return (await db.selectFrom('operators').selectAll().orderBy('username').execute()).map(toOperator);
    },
    async insert(op: {
      username: string;
      passwordHash: string;
      role: OperatorRole;
      apps: string[];
    }): Promise<Operator> {
      const at = now();
      const row = await db
        .insertInto('operators')
        .values({
          username: op.username,
          password_hash: op.passwordHash,
          role: op.role,
          apps: JSON.stringify(op.apps),
          disabled: 0,
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toOperator(row);
    },
    async update(
      id: number,
      changes: { role?: OperatorRole; apps?: string[]; disabled?: boolean; passwordHash?: string },
    ): Promise<void> {
      await db
        .updateTable('operators')
        .set({
          updated_at: now(),
          ...(changes.role === undefined ? {} : { role: changes.role }),
          ...(changes.apps === undefined ? {} : { apps: JSON.stringify(changes.apps) }),
          ...(changes.disabled === undefined ? {} : { disabled: changes.disabled ? 1 : 0 }),
          ...(changes.passwordHash === undefined ? {} : { password_hash: changes.passwordHash }),
        })
        .where('id', '=', id)
        .execute();
    },
    /** Display choices only: not an account change, so updated_at stays as the last change an admin made. */
    async setPreferences(id: number, preferences: Preferences): Promise<void> {
      await db
        .updateTable('operators')
        .set({ preferences: JSON.stringify(preferences) })
        .where('id', '=', id)
        .execute();
    },
  };
}

export type OperatorRepository = ReturnType<typeof createOperatorRepository>;
