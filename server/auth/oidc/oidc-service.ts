import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { AuditRepository } from '../../audit/audit-repository';
import type { SessionRepository } from '../session-repository';
import { claimValues, mapClaims } from './claim-mapping';
import { type OidcClient, OidcFailure } from './oidc-client';
import { type OidcFlowRepository, TooManyFlows } from './oidc-flow-repository';
import type { OidcSettings } from './oidc-settings';
import type { SsoIpLimiter, SsoStep } from './sso-ip-limiter';
import type { SsoOperatorRepository } from './sso-operator-repository';
import { usernameFromClaims } from './sso-username';

export interface OidcServiceDeps {
  settings: OidcSettings;
  client: OidcClient;
  flows: OidcFlowRepository;
  operators: SsoOperatorRepository;
  sessions: SessionRepository;
  audit: AuditRepository;
  limiter: SsoIpLimiter;
  logger: Logger;
  now?: () => number;
}

/** What the sign-in page says about a sign-in that did not happen: the `error` in `/sign-in?error=`. */
export type SsoError = 'sso_unavailable' | 'sso_failed' | 'sso_refused' | 'account_disabled' | 'too_many_attempts';

export type CallbackResult = { ok: true; token: string; returnTo: string } | { ok: false; error: SsoError };

/** The sign-in flow with the identity provider: start, callback, just-in-time operators and their audit records. */
export function createOidcService(deps: OidcServiceDeps) {
  const now = deps.now ?? Date.now;
  const { settings } = deps;
  const provider = settings.issuer;

  const refuse = async (
    ip: string,
    outcome: string,
    error: SsoError,
    details: Record<string, unknown>,
    who: { operatorId?: number; username?: string } = {},
  ) => {
    await deps.audit.append({
      event: 'sign_in_failed',
      operatorId: who.operatorId ?? null,
      operator: who.username?.slice(0, 64) ?? null,
      ip,
      outcome,
      details: { method: 'oidc', provider, ...details },
    });
    return { ok: false, error } as const;
  };

  /** Null to go ahead, else why not. A flood leaves one audit record per IP and window, not one per request. */
  const admit = async (step: SsoStep, ip: string): Promise<SsoError | null> => {
    const admission = await deps.limiter.take(step, ip);
    if (admission.ok) return null;
    if (admission.reason === 'unavailable') {
      deps.logger.warn({ provider, step }, 'single sign-on refused: the shared rate-limit store is unavailable');
      return 'sso_unavailable';
    }
    if (admission.first) {
      await refuse(ip, 'too_many_attempts', 'too_many_attempts', { step, retryAfter: admission.retryAfter });
    }
    return 'too_many_attempts';
  };

  return {
    /** A new flow: the flow ID goes into the browser's cookie, the checks into the database. */
    async start(returnTo: string | null, ip: string): Promise<{ url: string; flowId: string } | { error: SsoError }> {
      const refused = await admit('start', ip);
      if (refused) return { error: refused };
      try {
        const { url, ...checks } = await deps.client.start();
        const flowId = randomBytes(32).toString('base64url');
        await deps.flows.save(flowId, { ...checks, returnTo });
        return { url, flowId };
      } catch (err) {
        if (err instanceof TooManyFlows) {
          deps.logger.warn({ provider }, 'too many unfinished single sign-ons; refusing new ones until they expire');
          return { error: 'sso_unavailable' };
        }
        if (!(err instanceof OidcFailure)) throw err;
        deps.logger.warn({ provider, reason: err.reason }, 'identity provider unavailable');
        return { error: err.kind === 'unavailable' ? 'sso_unavailable' : 'sso_failed' };
      }
    },

    async callback(flowId: string | null, callbackUrl: URL, ip: string): Promise<CallbackResult> {
      const refused = await admit('callback', ip);
      if (refused) return { ok: false, error: refused };
      // Taken before anything else, so a replayed callback finds nothing, whatever happens next.
      const flow = flowId ? await deps.flows.take(flowId) : null;
      if (!flow) return refuse(ip, 'sso_state_invalid', 'sso_failed', {});

      let claims: Record<string, unknown>;
      try {
        claims = await deps.client.finish(callbackUrl, flow, [settings.rules.roleClaim, settings.rules.appsClaim]);
      } catch (err) {
        if (!(err instanceof OidcFailure)) throw err;
        deps.logger.warn({ provider, reason: err.reason }, 'single sign-on failed');
        if (err.kind === 'unavailable') return refuse(ip, 'sso_unavailable', 'sso_unavailable', { reason: err.reason });
        return refuse(ip, 'sso_invalid_response', 'sso_failed', { reason: err.reason });
      }

      const sub = String(claims.sub);
      const username = usernameFromClaims(claims);
      const grant = mapClaims(claims, settings.rules);
      if (!grant.granted) {
        const values = grant.seen;
        return refuse(
          ip,
          'sso_no_matching_claim',
          'sso_refused',
          { sub, claim: settings.rules.roleClaim, values },
          {
            username,
          },
        );
      }

      const known = await deps.operators.find(provider, sub);
      if (known?.disabled) {
        return refuse(
          ip,
          'account_disabled',
          'account_disabled',
          { sub },
          { operatorId: known.id, username: known.username },
        );
      }
      let operatorId: number;
      let operator: string;
      if (known) {
        ({ id: operatorId, username: operator } = known);
        await deps.operators.setGrant(operatorId, grant.role, grant.apps);
      } else {
        operator = await freeUsername(username, deps.operators.usernameTaken);
        operatorId = await deps.operators.insert({
          username: operator,
          role: grant.role,
          apps: grant.apps,
          issuer: provider,
          subject: sub,
        });
      }

      const token = await deps.sessions.create(operatorId, now());
      await deps.audit.append({
        event: 'sign_in',
        operatorId,
        operator,
        ip,
        outcome: 'ok',
        details: {
          method: 'oidc',
          provider,
          sub,
          role: grant.role,
          apps: grant.apps,
          // The claim values that granted each, so a later reader knows why this person got what they got.
          roleClaim: { [settings.rules.roleClaim]: grant.roleValues },
          appsClaim: { [settings.rules.appsClaim]: grant.appValues },
          ...(settings.rules.appsClaim === settings.rules.roleClaim
            ? {}
            : { appsClaimValues: claimValues(claims, settings.rules.appsClaim).slice(0, 50) }),
        },
      });
      return { ok: true, token, returnTo: flow.returnTo ?? '/' };
    },

    endSessionUrl: () => deps.client.endSessionUrl(),
  };
}

/** The first of name, name-2, name-3… that no operator has: an SSO user never takes over a local account's name. */
async function freeUsername(base: string, taken: (name: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : `-${n}`;
    const candidate = base.slice(0, 64 - suffix.length) + suffix;
    if (!(await taken(candidate))) return candidate;
  }
}

export type OidcService = ReturnType<typeof createOidcService>;
