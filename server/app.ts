import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import express, { type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { MAX_USER_IDS } from '../contract/constants';
import type { ConsoleConfig } from '../contract/lookup';
import { createAuditRepository } from './audit/audit-repository';
import { auditRoutes } from './audit/audit-routes';
import { requireSession } from './auth/require-session';
import { sameOrigin } from './auth/same-origin';
import { createSessionRepository } from './auth/session-repository';
import { sessionRoutes } from './auth/session-routes';
import { createSessionService } from './auth/session-service';
import { createSignInLimiter, DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from './auth/sign-in-limiter';
import type { AppConfig } from './config';
import type { Db } from './db/open-database';
import { DEMO_EXAMPLE } from './emulator/demo-constants';
import { AppError } from './http/app-error';
import { clientShell } from './http/client-shell';
import { errorHandler } from './http/error-handler';
import { requestContext } from './logger';
import { createOperatorRepository } from './operators/operator-repository';
import { operatorRoutes } from './operators/operator-routes';
import { createOperatorService } from './operators/operator-service';
import { participantRoutes } from './participants/participant-routes';
import { createParticipantService } from './participants/participant-service';
import { createVolcClient } from './volcengine/client';
import { SlidingWindowLimiter } from './volcengine/rate-limiter';

export interface AppDeps {
  config: AppConfig;
  /** Where Volcengine (or, in demo mode, the emulator) answers. */
  endpoint: string;
  logger: Logger;
  db: Db;
  clientDir?: string;
  now?: () => number;
  signInLimits?: SignInLimits;
}

const BODY_LIMIT = '100kb'; // 1000 IDs of 19 digits take about 23 kB

export function createApp({
  config,
  endpoint,
  logger,
  db,
  clientDir = path.resolve('dist/client'),
  now = Date.now,
  signInLimits = DEFAULT_SIGN_IN_LIMITS,
}: AppDeps) {
  const appIds = config.apps.map((a) => a.id);
  const audit = createAuditRepository(db, now);
  const operators = createOperatorRepository(db, now);
  const sessionRepo = createSessionRepository(db);
  const sessions = createSessionService({
    operators,
    sessions: sessionRepo,
    audit,
    limiter: createSignInLimiter(signInLimits),
    appIds,
    idleMs: config.sessionIdleMs,
    maxMs: config.sessionMaxMs,
    now,
  });
  const operatorService = createOperatorService({ operators, sessions: sessionRepo, audit, appIds: new Set(appIds) });
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
    audit,
    appIds: new Set(appIds),
    batchSize: config.batchSize,
    reasonRequired: config.reasonRequired,
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    pinoHttp({
      logger,
      genReqId: (_req, res) => {
        const id = randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Only what helps trace a request; never bodies, cookies or auth headers.
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use((req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    requestContext.run({ reqId: String(req.id) }, next);
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          // Emotion (MUI) injects <style> elements at run time; they carry this response's nonce.
          'style-src': ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
          'connect-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          // The console is often served over plain HTTP inside a private network; upgrading would break it.
          'upgrade-insecure-requests': null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));

  const api = express.Router();
  api.use(sameOrigin);
  api.use(express.json({ limit: BODY_LIMIT, strict: true }));
  api.use(sessionRoutes(sessions, config.cookieSecure));
  // Deny by default: everything below needs a session.
  api.use(requireSession(sessions));
  api.get('/config', (req, res) => {
    const granted = new Set(req.operator?.apps);
    const body: ConsoleConfig = {
      apps: config.apps.filter((a) => granted.has(a.id)),
      reasonRequired: config.reasonRequired,
      demo: config.demo,
      maxUserIds: MAX_USER_IDS,
      example: config.demo && granted.has(DEMO_EXAMPLE.appId) ? DEMO_EXAMPLE : null,
    };
    res.json(body);
  });
  api.use(participantRoutes(participants));
  api.use(auditRoutes(audit));
  api.use(operatorRoutes(operatorService));
  api.use((req) => {
    throw new AppError(404, 'not_found', `no API route ${req.method} ${req.path}`);
  });
  app.use('/api', api);
  // Kept so tests can enumerate every API route from the router itself.
  app.set('apiRouter', api);

  const shell = clientShell(clientDir);
  if (shell) app.use(shell);
  app.use((req) => {
    throw new AppError(404, 'not_found', `nothing at ${req.path}`);
  });
  app.use(errorHandler);
  return Object.assign(app, { services: { operators: operatorService, audit } });
}
