import type { z } from 'zod';
import {
  ALL_APPS,
  type createOperatorSchema,
  type OperatorChangeResult,
  type OperatorSummary,
  type updateOperatorSchema,
} from '../../contract/operators';
import type { AuditEntry } from '../audit/audit-repository';
import type { Actor } from '../http/actor';
import { AppError } from '../http/app-error';
import type { Operator, OperatorRepository } from './operator-repository';
import { generatePassword, hashPassword } from './password';

export type NewOperator = z.output<typeof createOperatorSchema>;
export type OperatorChanges = z.output<typeof updateOperatorSchema>;

const summary = (op: Operator): OperatorSummary => ({
  username: op.username,
  role: op.role,
  apps: op.apps,
  disabled: op.disabled,
  createdAt: new Date(op.createdAt).toISOString(),
  ...(op.sso ? { sso: true } : {}),
});

/** What operator changes read and write: one set on the database, another bound to a write-locked transaction. */
export interface OperatorStore {
  operators: OperatorRepository;
  /** Ends an operator's sessions; the auth feature's repository does it. */
  sessions: { deleteForOperator(operatorId: number): Promise<unknown> };
  audit: { append(entry: AuditEntry): Promise<unknown> };
}

export interface OperatorServiceDeps extends OperatorStore {
  /**
   * Runs fn on a store whose reads and writes are one transaction holding the database's write lock, against
   * this process and every other on the database (the CLI, other replicas).
   */
  writeLocked<T>(fn: (store: OperatorStore) => Promise<T>): Promise<T>;
  /** The AppIds the console serves; grants outside them are refused. */
  appIds: ReadonlySet<string>;
}

/** Managing operators, from the admin API and the CLI alike; every change is audited. */
export function createOperatorService({ operators, writeLocked, appIds }: OperatorServiceDeps) {
  function checkApps(apps: string[]): void {
    const unknown = apps.filter((app) => app !== ALL_APPS && !appIds.has(app));
    if (unknown.length)
      throw new AppError(
        400,
        'invalid_request',
        `apps holds AppIds this console does not serve: ${unknown.join(', ')}`,
        { field: 'apps', params: { rule: 'unknown_app' } },
      );
  }

  async function findOrFail(store: Pick<OperatorStore, 'operators'>, username: string): Promise<Operator> {
    const op = await store.operators.findByUsername(username);
    if (!op) throw new AppError(404, 'not_found', `no operator named ${username}`, { field: 'username' });
    return op;
  }

  const taken = (username: string) =>
    new AppError(409, 'conflict', `an operator named ${username} exists`, {
      field: 'username',
      params: { rule: 'exists' },
    });

  /**
   * The API's admin check ran when the request arrived; another admin may have demoted or disabled this
   * one since. The CLI (no operator ID) works on the file directly and is not an operator.
   */
  async function checkActorStillAdmin(store: OperatorStore, actor: Actor): Promise<void> {
    if (actor.operatorId === null) return;
    const current = await store.operators.findById(actor.operatorId);
    if (current?.role !== 'admin' || current.disabled)
      throw new AppError(403, 'forbidden', 'Your account is no longer an active admin');
  }

  return {
    list: async () => (await operators.list()).map(summary),

    async create(input: NewOperator, actor: Actor): Promise<OperatorChangeResult> {
      checkApps(input.apps);
      if (await operators.findByUsername(input.username)) throw taken(input.username);
      const generated = input.password ? undefined : generatePassword();
      const passwordHash = await hashPassword(input.password ?? generated ?? '');
      // Hashing yielded; decide again, and write, in one transaction.
      return writeLocked(async (store) => {
        await checkActorStillAdmin(store, actor);
        if (await store.operators.findByUsername(input.username)) throw taken(input.username);
        const op = await store.operators.insert({
          username: input.username,
          passwordHash,
          role: input.role,
          apps: input.apps,
        });
        await store.audit.append({
          event: 'operator_created',
          operatorId: actor.operatorId,
          operator: actor.username,
          ip: actor.ip,
          outcome: 'ok',
          details: {
            username: op.username,
            role: op.role,
            apps: op.apps,
            ...(generated ? { password: 'generated' } : {}),
          },
        });
        return { ...summary(op), ...(generated ? { generatedPassword: generated } : {}) };
      });
    },

    async update(username: string, changes: OperatorChanges, actor: Actor): Promise<OperatorChangeResult> {
      if (changes.apps) checkApps(changes.apps);
      await findOrFail({ operators }, username);
      const generated = changes.resetPassword ? generatePassword() : undefined;
      const newPassword = changes.password ?? generated;
      const passwordHash = newPassword ? await hashPassword(newPassword) : undefined;
      // The hash takes a while and yields to other requests, so every rule is checked after it, in the
      // same transaction as the write: two admins demoting each other at once can't both pass.
      return writeLocked(async (store) => {
        const op = await findOrFail(store, username);
        // A password for an SSO operator would never be checked (they sign in at the provider), so say so.
        if (op.sso && passwordHash) {
          throw new AppError(409, 'conflict', 'This operator signs in with single sign-on and has no password', {
            field: 'password',
            params: { rule: 'sso_account' },
          });
        }
        const demotes = changes.disabled === true || (changes.role !== undefined && changes.role !== 'admin');
        if (demotes && op.id === actor.operatorId) {
          throw new AppError(400, 'invalid_request', 'You cannot disable or demote your own account', {
            field: 'username',
            params: { rule: 'own_account' },
          });
        }
        if (
          demotes &&
          op.role === 'admin' &&
          !op.disabled &&
          (await store.operators.countOtherActiveAdmins(op.id)) === 0
        ) {
          throw new AppError(409, 'conflict', 'This is the last active admin; make another admin first', {
            field: 'username',
            params: { rule: 'last_admin' },
          });
        }
        await checkActorStillAdmin(store, actor);
        await store.operators.update(op.id, {
          role: changes.role,
          apps: changes.apps,
          disabled: changes.disabled,
          passwordHash,
        });
        // Disabling or a new password ends every session at once; sessions are rows, not signed tokens.
        if (changes.disabled || passwordHash) await store.sessions.deleteForOperator(op.id);
        const { password: _password, resetPassword: _reset, ...visible } = changes;
        await store.audit.append({
          event: 'operator_changed',
          operatorId: actor.operatorId,
          operator: actor.username,
          ip: actor.ip,
          outcome: 'ok',
          details: { username: op.username, ...visible, ...(passwordHash ? { password: 'reset' } : {}) },
        });
        const result = summary((await store.operators.findById(op.id)) ?? op);
        return { ...result, ...(generated ? { generatedPassword: generated } : {}) };
      });
    },
  };
}

export type OperatorService = ReturnType<typeof createOperatorService>;
