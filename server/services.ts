import type { Logger } from 'pino';
import { createAuditRepository } from './audit/audit-repository';
import { createDeviceTokens } from './auth/device-token';
import { createSessionRepository } from './auth/session-repository';
import { createSessionService } from './auth/session-service';
import { createSignInLimiter, DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from './auth/sign-in-limiter';
import type { AppConfig } from './config';
import type { Db } from './db/open-database';
import { serverKey } from './db/server-keys';
import { createOperatorRepository } from './operators/operator-repository';
import { createOperatorService } from './operators/operator-service';
import { createParticipantService } from './participants/participant-service';
import { createVolcClient } from './volcengine/client';
import { SlidingWindowLimiter } from './volcengine/rate-limiter';

export interface ServiceDeps {
  db: Db;
  logger: Logger;
  /** Where Volcengine (or, in demo mode, the emulator) answers. */
  endpoint: string;
  now?: () => number;
  signInLimits?: SignInLimits;
}

/** The data access every entry point shares: the server, the CLIs and the tests. */
export function createRepositories(db: Db, now: () => number = Date.now) {
  return {
    audit: createAuditRepository(db, now),
    operators: createOperatorRepository(db, now),
    sessions: createSessionRepository(db),
  };
}

/** Wires the console's services from its configuration: the one place that knows every dependency. */
export function createServices(
  config: AppConfig,
  { db, logger, endpoint, now = Date.now, signInLimits = DEFAULT_SIGN_IN_LIMITS }: ServiceDeps,
) {
  const appIds = config.apps.map((a) => a.id);
  const repositories = createRepositories(db, now);
  const sessions = createSessionService({
    operators: repositories.operators,
    sessions: repositories.sessions,
    audit: repositories.audit,
    limiter: createSignInLimiter(signInLimits),
    devices: createDeviceTokens(serverKey(db, 'device-cookie'), now),
    appIds,
    idleMs: config.sessionIdleMs,
    maxMs: config.sessionMaxMs,
    now,
  });
  const operators = createOperatorService({
    operators: repositories.operators,
    sessions: repositories.sessions,
    audit: repositories.audit,
    appIds: new Set(appIds),
  });
  const volc = createVolcClient({
    endpoint,
    region: config.region,
    credentials: config.credentials,
    timeoutMs: config.timeoutMs,
    limiter: new SlidingWindowLimiter(config.qps),
    logger,
  });
  const participants = createParticipantService({
    volc,
    audit: repositories.audit,
    appIds: new Set(appIds),
    batchSize: config.batchSize,
    reasonRequired: config.reasonRequired,
  });
  return { config, logger, repositories, audit: repositories.audit, sessions, operators, participants };
}

export type Services = ReturnType<typeof createServices>;
