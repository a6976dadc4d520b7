import type { Logger } from 'pino';
import type { AppConfig } from '../../config';
import type { Db } from '../../db/database';
import type { Repositories } from '../../repositories';
import type { SharedCounters } from '../../shared-state/rate-limiter-store';
import { createOidcClient } from './oidc-client';
import { createOidcFlowRepository } from './oidc-flow-repository';
import { createOidcService } from './oidc-service';
import { createSsoIpLimiter, DEFAULT_SSO_LIMITS, type SsoLimits } from './sso-ip-limiter';
import { createSsoOperatorRepository } from './sso-operator-repository';

/** Single sign-on's parts, or null when OIDC_ISSUER is unset. */
export function createSso(
  config: AppConfig,
  db: Db,
  repositories: Repositories,
  logger: Logger,
  now: () => number,
  { shared, limits = DEFAULT_SSO_LIMITS }: { shared?: SharedCounters; limits?: SsoLimits } = {},
) {
  const settings = config.oidc;
  if (!settings) return null;
  return createOidcService({
    settings,
    client: createOidcClient(settings),
    flows: createOidcFlowRepository(db, now),
    operators: createSsoOperatorRepository(db, now),
    sessions: repositories.sessions,
    audit: repositories.audit,
    limiter: createSsoIpLimiter(limits, shared),
    logger,
    now,
  });
}

/** Under OIDC_ONLY only the break-glass admin may use a password; names match whatever their case, as usernames do. */
export function passwordPolicy(config: AppConfig): ((username: string) => boolean) | undefined {
  const oidc = config.oidc;
  if (!oidc?.only) return undefined;
  const allowed = oidc.breakGlassAdmin?.toLowerCase();
  return (username) => username.trim().toLowerCase() === allowed;
}
