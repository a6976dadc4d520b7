import { ALL_APPS } from '../../contract/operators';
import type { PreferencesPatch } from '../../contract/preferences';
import type { SessionInfo } from '../../contract/session';
import type { AuditRepository } from '../audit/audit-repository';
import { AppError } from '../http/app-error';
import type { SignedInOperator } from '../http/signed-in-operator';
import type { Operator, OperatorRepository } from '../operators/operator-repository';
import { prepareDecoyHash, verifyPassword } from '../operators/password';
import type { SessionRepository } from './session-repository';
import type { SignInLimiter } from './sign-in-limiter';

export interface SessionServiceDeps {
  operators: OperatorRepository;
  sessions: SessionRepository;
  audit: AuditRepository;
  limiter: SignInLimiter;
  /** The console's apps, in configured order; "*" grants resolve to these. */
  appIds: string[];
  idleMs: number;
  maxMs: number;
  now?: () => number;
}

// Writing last_seen on every request would make each read a write; a minute's slack on a 30-minute idle limit is fine.
const TOUCH_EVERY_MS = 60_000;

export function createSessionService(deps: SessionServiceDeps) {
  const now = deps.now ?? Date.now;
  prepareDecoyHash();

  const resolve = (op: Operator): SignedInOperator => ({
    id: op.id,
    username: op.username,
    role: op.role,
    apps: op.apps.includes(ALL_APPS) ? [...deps.appIds] : deps.appIds.filter((id) => op.apps.includes(id)),
    preferences: op.preferences,
  });

  return {
    toInfo: ({ username, role, apps, preferences }: SignedInOperator): SessionInfo => ({
      username,
      role,
      apps,
      preferences,
    }),

    /** Saves the operator's display choices; fields left out keep their value. */
    updatePreferences(operator: SignedInOperator, patch: PreferencesPatch): SignedInOperator {
      const preferences = {
        language: patch.language ?? operator.preferences.language,
        timeZone: patch.timeZone ?? operator.preferences.timeZone,
      };
      deps.operators.setPreferences(operator.id, preferences);
      return { ...operator, preferences };
    },

    async signIn(
      username: string,
      password: string,
      ip: string,
    ): Promise<{ token: string; operator: SignedInOperator }> {
      const wait = await deps.limiter.take(username, ip);
      if (wait > 0) {
        deps.audit.append({
          event: 'sign_in_failed',
          operator: username.slice(0, 64),
          ip,
          outcome: 'too_many_attempts',
        });
        throw new AppError(429, 'too_many_attempts', `Too many failed sign-ins. Try again in ${wait} s`, {
          retryAfter: wait,
        });
      }
      const op = deps.operators.findByUsername(username);
      // Unknown users, disabled ones and wrong passwords get the same answer after the same work.
      const ok = (await verifyPassword(op?.passwordHash ?? null, password)) && op !== null && !op.disabled;
      if (!ok || !op) {
        deps.audit.append({
          event: 'sign_in_failed',
          operatorId: op?.id ?? null,
          operator: username.slice(0, 64),
          ip,
          outcome: 'invalid_credentials',
        });
        throw new AppError(401, 'invalid_credentials', 'Wrong username or password');
      }
      await deps.limiter.succeeded(username, ip);
      const token = deps.sessions.create(op.id, now());
      deps.audit.append({ event: 'sign_in', operatorId: op.id, operator: op.username, ip, outcome: 'ok' });
      return { token, operator: resolve(op) };
    },

    signOut(token: string, operator: SignedInOperator, ip: string): void {
      deps.sessions.delete(token);
      deps.audit.append({ event: 'sign_out', operatorId: operator.id, operator: operator.username, ip, outcome: 'ok' });
    },

    /** The operator for a session token, or null when it is unknown, expired or its operator disabled. */
    authenticate(token: string): SignedInOperator | null {
      const session = deps.sessions.find(token);
      if (!session) return null;
      const at = now();
      if (at - session.lastSeenAt > deps.idleMs || at - session.createdAt > deps.maxMs) {
        deps.sessions.delete(token);
        return null;
      }
      const op = deps.operators.findById(session.operatorId);
      if (!op || op.disabled) return null;
      if (at - session.lastSeenAt > TOUCH_EVERY_MS) deps.sessions.touch(token, at);
      return resolve(op);
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
