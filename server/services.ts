import type { Logger } from 'pino';
import { listenForAuthChanges, pingThrough } from './auth/auth-changes';
import { cachedSessions } from './auth/cached-sessions';
import { createDeviceTokens } from './auth/device-token';
import { createSso, passwordPolicy } from './auth/oidc/create-sso';
import { createSessionService } from './auth/session-service';
import { createSignInLimiter, DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from './auth/sign-in-limiter';
import type { AppConfig } from './config';
import type { DatabaseHandle } from './db/database';
import { serverKey } from './db/server-keys';
import { createLifecycle } from './lifecycle';
import { createMetrics } from './metrics/metrics';
import { createOperatorService } from './operators/operator-service';
import { createParticipantService } from './participants/participant-service';
import { createRepositories } from './repositories';
import { connectRedis } from './shared-state/redis-connection';
import { createAnswerWorkerPool } from './volcengine/answer-worker-pool';
import { createCallPolicy } from './volcengine/call-policy';
import { createVolcClient } from './volcengine/client';
import { ActionLimiters } from './volcengine/limiter/action-limiters';
import { createMemorySlots } from './volcengine/limiter/memory-slots';
import { createRedisSlots } from './volcengine/limiter/redis-slots';

export interface ServiceDeps {
  database: DatabaseHandle;
  logger: Logger;
  /** Where Volcengine (or, in demo mode, the emulator) answers. */
  endpoint: string;
  now?: () => number;
  signInLimits?: SignInLimits;
}

/** Wires the console's services from its configuration: the one place that knows every dependency. */
export async function createServices(
  config: AppConfig,
  { database, logger, endpoint, now = Date.now, signInLimits = DEFAULT_SIGN_IN_LIMITS }: ServiceDeps,
) {
  const appIds = config.apps.map((a) => a.id);
  const metrics = createMetrics();
  const lifecycle = createLifecycle();
  const repositories = createRepositories(database, now, config.savedLookupMs);
  const { append } = repositories.audit;
  // Every audit write is timed, whoever writes it; sign-ins are counted from their audit records.
  repositories.audit.append = async (entry) => {
    if (entry.event === 'sign_in' || entry.event === 'sign_in_failed') metrics.signIn(entry.outcome);
    const started = performance.now();
    try {
      return await append(entry);
    } finally {
      metrics.auditWrite((performance.now() - started) / 1000);
    }
  };
  const shared = config.redisUrl ? connectRedis(config.redisUrl, logger) : null;
  const deviceKey = await serverKey(database.db, 'device-cookie');
  // On PostgreSQL every signed-in request would cost a round trip; remembered sessions are dropped on every change.
  const authChanges = database.url
    ? listenForAuthChanges(database.url, logger, { ping: pingThrough(database.db) })
    : null;
  const remembered = authChanges ? cachedSessions(repositories.sessions, authChanges) : null;
  const sessionStore = remembered ?? repositories.sessions;
  const sessions = createSessionService({
    operators: repositories.operators,
    sessions: sessionStore,
    audit: repositories.audit,
    limiter: createSignInLimiter(
      signInLimits,
      shared ? { redis: shared.redis, prefix: config.redisPrefix } : undefined,
    ),
    devices: createDeviceTokens(deviceKey, now),
    appIds,
    idleMs: config.sessionIdleMs,
    maxMs: config.sessionMaxMs,
    now,
    mayUsePassword: passwordPolicy(config),
  });
  const sso = createSso(config, database.db, repositories, logger, now, {
    shared: shared ? { redis: shared.redis, prefix: config.redisPrefix } : undefined,
  });
  const operators = createOperatorService({
    operators: repositories.operators,
    sessions: sessionStore,
    audit: repositories.audit,
    // A change to an operator shows at once in this process, without waiting for PostgreSQL's notice.
    writeLocked: async (fn) => {
      try {
        return await repositories.writeLocked(fn);
      } finally {
        remembered?.forget(null);
      }
    },
    appIds: new Set(appIds),
  });
  const workers = createAnswerWorkerPool();
  // A slot in flight frees by itself once its call must have ended, in case this replica dies mid-call.
  const leaseMs = config.timeoutMs + 2000;
  const limiters = new ActionLimiters(config.qps, config.qpsByAction, (action, budget) =>
    shared
      ? createRedisSlots(shared.redis, { prefix: config.redisPrefix, action, budget, leaseMs })
      : createMemorySlots(budget),
  );
  const volc = createVolcClient({
    endpoint,
    region: config.region,
    credentials: config.credentials,
    timeoutMs: config.timeoutMs,
    maxAnswerBytes: config.upstreamMaxBytes,
    limiters,
    policy: createCallPolicy(),
    workers,
    logger,
    metrics,
  });
  metrics.watchQueues(function* () {
    for (const [action, limiter] of limiters.entries()) yield [action, limiter.queued];
  });
  const participants = createParticipantService({
    volc,
    audit: repositories.audit,
    appIds: new Set(appIds),
    batchSize: config.batchSize,
    scanLimit: config.scanLimit,
    reasonRequired: config.reasonRequired,
    // Fail closed: without the shared budget, no replica may call Volcengine at all.
    upstreamReady: () => shared?.ready() ?? true,
    metrics,
  });
  return {
    config,
    logger,
    repositories,
    audit: repositories.audit,
    sessions,
    sso,
    operators,
    participants,
    metrics,
    lifecycle,
    /** What /readyz reports: each dependency, ok or why not. */
    async readiness(): Promise<Record<string, string>> {
      // /readyz is public: it says what is down, and the log says why (hosts and users stay out of the answer).
      const dbProblem = await database.problem();
      if (dbProblem) logger.warn({ problem: dbProblem }, 'database not ready');
      const checks: Record<string, string> = { database: dbProblem ? 'unavailable' : 'ok' };
      if (shared) checks.redis = shared.ready() ? 'ok' : 'unavailable';
      return checks;
    },
    /**
     * Stops what runs beside the HTTP server (the answer worker, the limiters' pending releases, the change-notice
     * connection, Redis); the database is the caller's to close.
     */
    close: async () => {
      await workers.close();
      await limiters.flush();
      await authChanges?.close();
      await shared?.close();
    },
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
