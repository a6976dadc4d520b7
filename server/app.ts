import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import compression from 'compression';
import express, { type Response } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { auditRoutes } from './audit/audit-routes';
import { oidcRoutes } from './auth/oidc/oidc-routes';
import { sessionRoutes } from './auth/session-routes';
import { signInOptionsRoutes } from './auth/sign-in-options-routes';
import { configRoutes } from './console-config/config-routes';
import { healthRoutes } from './health/health-routes';
import { historyRoutes } from './history/history-routes';
import { AppError } from './http/app-error';
import { noStore } from './http/cache-control';
import { clientShell } from './http/client-shell';
import { errorHandler } from './http/error-handler';
import { hostCheck } from './http/host-check';
import { loggedUrl } from './http/logged-url';
import { requestLogLevel } from './http/request-log-level';
import { requireSession } from './http/require-session';
import { sameOrigin } from './http/same-origin';
import { requestContext } from './logger';
import { metricsRoutes } from './metrics/metrics-routes';
import { operatorRoutes } from './operators/operator-routes';
import { participantRoutes } from './participants/participant-routes';
import type { Services } from './services';

const BODY_LIMIT = '100kb';
// A lookup may carry IM_MAX_USER_IDS IDs of up to 19 digits, quoted and comma-separated: 22 bytes each.
const lookupBodyLimit = (maxUserIds: number) => Math.max(100 * 1024, maxUserIds * 24 + 16 * 1024);
/** Smaller answers gain less from compression than it costs in time. */
const COMPRESSION_THRESHOLD = '1kb';

/** Every API route, in order; exported so a test can check that each one but sign-in needs a session. */
export function apiRouter(services: Services) {
  const { config, sessions } = services;
  const api = express.Router();
  api.use(noStore);
  api.use(sameOrigin(config.publicOrigin));
  api.use(['/lookups', '/saved-lookups'], express.json({ limit: lookupBodyLimit(config.maxUserIds), strict: true }));
  api.use(express.json({ limit: BODY_LIMIT, strict: true }));
  api.use(sessionRoutes(sessions, config.cookieSecure));
  api.use(signInOptionsRoutes(config));
  if (services.sso && config.publicOrigin) api.use(oidcRoutes(services.sso, config.publicOrigin, config.cookieSecure));
  // Deny by default: everything below needs a session.
  api.use(requireSession(sessions));
  api.use(configRoutes(config));
  api.use(participantRoutes(services.participants, config.maxUserIds, services.lifecycle));
  api.use(historyRoutes(services.repositories.savedLookups, services.audit, config.savedLookupMs, config.maxUserIds));
  api.use(auditRoutes(services.audit));
  api.use(operatorRoutes(services.operators));
  api.use((req) => {
    throw new AppError(404, 'not_found', `no API route ${req.method} ${req.path}`);
  });
  return api;
}

/** The HTTP face of the console: middleware order, the API, the built client and the one error handler. */
export function createApp(services: Services, { clientDir = path.resolve('dist/client') } = {}) {
  const { config, logger } = services;
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
        req: (req) => ({ id: req.id, method: req.method, url: loggedUrl(req.url) }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: requestLogLevel,
    }),
  );
  app.use(hostCheck({ host: config.host, publicOrigin: config.publicOrigin }));
  app.use((req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    // Shutting down: what arrived on a kept-alive connection is served, and the connection closes after it, so a
    // proxy sends the next request to another replica.
    if (services.lifecycle.draining) res.setHeader('Connection', 'close');
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
  // JSON answers, the CSV export and the shell, compressed on the fly; pre-compressed assets already carry a
  // Content-Encoding and pass through. A streamed answer (e.g. NDJSON progress) must call res.flush() after
  // each chunk, which this middleware adds, or the chunk waits in the compressor's buffer.
  app.use(
    compression({
      threshold: COMPRESSION_THRESHOLD,
      // NDJSON lookup streams compress well (rows repeat their keys); the route flushes after every write.
      filter: (req, res) =>
        String(res.getHeader('Content-Type') ?? '').startsWith('application/x-ndjson') || compression.filter(req, res),
    }),
  );
  app.use(healthRoutes(services));
  if (config.metricsToken) app.use(metricsRoutes(services.metrics, config.metricsToken));
  app.use('/api', apiRouter(services));

  const shell = clientShell(clientDir);
  if (shell) app.use(shell);
  app.use((req) => {
    throw new AppError(404, 'not_found', `nothing at ${req.path}`);
  });
  app.use(errorHandler);
  return app;
}
