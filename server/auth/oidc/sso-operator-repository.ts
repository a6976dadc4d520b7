import { sql } from 'kysely';
import type { OperatorRole } from '../../../contract/session';
import type { Db } from '../../db/database';

/** An SSO operator has no password; this never verifies as one (see verifyPassword). */
export const NO_PASSWORD = '';

/** Operators made by single sign-on, found by provider and subject: names can collide across systems, subjects can't. */
export function createSsoOperatorRepository(db: Db, now: () => number = Date.now) {
  return {
    async find(issuer: string, subject: string): Promise<{ id: number; username: string; disabled: boolean } | null> {
      const row = await db
        .selectFrom('operators')
        .select(['id', 'username', 'disabled'])
        .where('sso_issuer', '=', issuer)
        .where('sso_subject', '=', subject)
        .executeTakeFirst();
      return row ? { id: row.id, username: row.username, disabled: row.disabled === 1 } : null;
    },

    async usernameTaken(username: string): Promise<boolean> {
      const row = await db
        .selectFrom('operators')
        .select('id')
        .where(sql<string>`lower(username)`, '=', username.toLowerCase())
        .executeTakeFirst();
      return row !== undefined;
    },

    async insert(op: {
      username: string;
      role: OperatorRole;
      apps: string[];
      issuer: string;
      subject: string;
    }): Promise<number> {
      const at = now();
      const row = await db
        .insertInto('operators')
        .values({
          username: op.username,
          password_hash: NO_PASSWORD,
          role: op.role,
          apps: JSON.stringify(op.apps),
          disabled: 0,
          created_at: at,
          updated_at: at,
          sso_issuer: op.issuer,
          sso_subject: op.subject,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** The claims' word at this sign-in; updated_at moves only when something changed. */
    async setGrant(id: number, role: OperatorRole, apps: string[]): Promise<void> {
      await db
        .updateTable('operators')
        .set({ role, apps: JSON.stringify(apps), updated_at: now() })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('role', '<>', role), eb('apps', '<>', JSON.stringify(apps))]))
        .execute();
    },
  };
}

export type SsoOperatorRepository = ReturnType<typeof createSsoOperatorRepository>;
