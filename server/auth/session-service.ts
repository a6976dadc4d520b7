import { ALL_APPS } from '../../contract/operators';
import type { PreferencesPatch } from '../../contract/preferences-patch';
import type { SessionInfo } from '../../contract/session';
import type { AuditRepository } from '../audit/audit-repository';
import { AppError } from '../http/app-error';
import type { SignedInOperator } from '../http/signed-in-operator';
import type { Operator, OperatorRepository } from '../operators/operator-repository';
import { prepareDecoyHash, verifyPassword } from '../operators/password';
import type { DeviceTokens } from './device-token';
import type { SessionRepository } from './session-repository';
import type { SignInLimiter } from './sign-in-limiter';

export interface SessionServiceDeps {
  operators: OperatorRepository;
  /** With `forget` when it remembers sessions (cached-sessions.ts), so this process's own changes show at once. */
  sessions: SessionRepository & { forget?(operatorId: number | null): void };
  audit: AuditRepository;
  limiter: SignInLimiter;
  devices: DeviceTokens;
  /** The console's apps, in configured order; "*" grants resolve to these. */
  appIds: string[];
  idleMs: number;
  maxMs: number;
  now?: () => number;
  /** False for usernames that may not sign in with a password (OIDC_ONLY, except the break-glass admin). */
  mayUsePassword?: (username: string) => boolean;
}

export interface SignInInput {
  username: string;
  password: string;
  ip: string;
  /** The browser's device cookie, if it sent one. */
  deviceToken: string | null;
}

export interface SignInResult {
  token: string;
  operator: SignedInOperator;
  /** A new device cookie binding this browser to the username. */
  deviceToken: string;
}

/**
 * Writing last_seen on every request would make each read a write, so it is written at most this often:
 * a minute, or a quarter of the idle limit when that is shorter, so even a short limit never ends a
 * session that is in use.
 */
const touchInterval = (idleMs: number) => Math.min(60_000, Math.floor(idleMs / 4));

export function createSessionService(deps: SessionServiceDeps) {
  const now = deps.now ?? Date.now;
  const touchEveryMs = touchInterval(deps.idleMs);
  prepareDecoyHash();

  const resolve = (op: Operator): SignedInOperator => ({
    id: op.id,
    username: op.username,
    role: op.role,
    apps: op.apps.includes(ALL_APPS) ? [...deps.appIds] : deps.appIds.filter((id) => op.apps.includes(id)),
    preferences: op.preferences,
    ...(op.sso ? { sso: true } : {}),
  });

  return {
    toInfo: ({ username, role, apps, preferences, sso }: SignedInOperator): SessionInfo => ({
      username,
      role,
      apps,
      preferences,
      ...(sso ? { sso } : {}),
    }),

    /** Saves the operator's display choices; fields left out keep their value. */
    async updatePreferences(operator: SignedInOperator, patch: PreferencesPatch): Promise<SignedInOperator> {
      const preferences = {
        language: patch.language ?? operator.preferences.language,
        timeZone: patch.timeZone ?? operator.preferences.timeZone,
        theme: patch.theme ?? operator.preferences.theme,
      };
      await deps.operators.setPreferences(operator.id, preferences);
      deps.sessions.forget?.(operator.id);
      return { ...operator, preferences };
    },

    /**
     * Checks a password under the sign-in limits. `deviceToken` is the browser's device cookie, if any;
     * the answer carries a fresh one for this username, to be set whatever was sent.
     */
    async signIn({ username, password, ip, deviceToken }: SignInInput): Promise<SignInResult> {
      // Refused before the password is looked at, the same for every name: it tells a guesser nothing.
      if (deps.mayUsePassword && !deps.mayUsePassword(username)) {
        await deps.audit.append({
          event: 'sign_in_failed',
          operatorId: null,
          operator: username.slice(0, 64),
          ip,
          outcome: 'password_sign_in_disabled',
        });
        throw new AppError(403, 'password_sign_in_disabled', 'Sign in with single sign-on');
      }
      const attempt = { username, ip, deviceId: deviceToken ? deps.devices.verify(deviceToken, username) : null };
      const admission = await deps.limiter.take(attempt);
      const failed = (outcome: string, operatorId: number | null = null) =>
        deps.audit.append({
          event: 'sign_in_failed',
          operatorId,
          operator: username.slice(0, 64),
          ip,
          outcome,
          details: { trustedDevice: admission.trusted },
        });
      if (admission.retryAfter > 0) {
        await failed('too_many_attempts');
        throw new AppError(
          429,
          'too_many_attempts',
          `Too many failed sign-ins. Try again in ${admission.retryAfter} s`,
          {
            retryAfter: admission.retryAfter,
          },
        );
      }
      const op = await deps.operators.findByUsername(username);
      // Unknown users and wrong passwords get the same answer after the same work.
      // An SSO operator has no password: the decoy's work, then the same 401.
      if (!(await verifyPassword(op && !op.sso ? op.passwordHash : null, password)) || !op) {
        await failed('invalid_credentials', op?.id ?? null);
        throw new AppError(401, 'invalid_credentials', 'Wrong username or password');
      }
      // Only someone who knows the password learns that the account is disabled.
      if (op.disabled) {
        await failed('account_disabled', op.id);
        throw new AppError(403, 'account_disabled', 'This account is disabled. Ask your console administrator.');
      }
      await deps.limiter.succeeded(attempt, admission);
      const token = await deps.sessions.create(op.id, now());
      await deps.audit.append({
        event: 'sign_in',
        operatorId: op.id,
        operator: op.username,
        ip,
        outcome: 'ok',
        details: { trustedDevice: admission.trusted },
      });
      return { token, operator: resolve(op), deviceToken: deps.devices.issue(op.username) };
    },

    async signOut(token: string, operator: SignedInOperator, ip: string): Promise<void> {
      await deps.sessions.delete(token);
      await deps.audit.append({
        event: 'sign_out',
        operatorId: operator.id,
        operator: operator.username,
        ip,
        outcome: 'ok',
      });
    },

    /** The operator for a session token, or null when it is unknown, expired or its operator disabled. */
    async authenticate(token: string): Promise<SignedInOperator | null> {
      const found = await deps.sessions.findWithOperator(token);
      if (!found) return null;
      const { session, operator: op } = found;
      const at = now();
      if (at - session.lastSeenAt > deps.idleMs || at - session.createdAt > deps.maxMs) {
        await deps.sessions.delete(token);
        return null;
      }
      if (op.disabled) return null;
      if (at - session.lastSeenAt >= touchEveryMs) await deps.sessions.touch(token, at);
      return resolve(op);
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
