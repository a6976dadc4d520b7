import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { MAX_USER_IDS } from '../contract/constants';
import type { ConsoleConfig } from '../contract/lookup';
import type { AppConfig } from './config';
import { DEMO_EXAMPLE } from './emulator/demo-constants';
import { AppError } from './http/app-error';
import { errorHandler } from './http/error-handler';
import { participantRoutes } from './participants/participant-routes';
import { createParticipantService } from './participants/participant-service';
import { createVolcClient } from './volcengine/client';
import { SlidingWindowLimiter } from './volcengine/rate-limiter';

export interface AppDeps {
  config: AppConfig;
  /** Where Volcengine (or, in demo mode, the emulator) answers. */
  endpoint: string;
  logger: Logger;
  clientDir?: string;
}

const BODY_LIMIT = '100kb'; // 1000 IDs of 19 digits take about 23 kB

export function createApp({ config, endpoint, logger, clientDir = path.resolve('dist/client') }: AppDeps) {
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
    appIds: new Set(config.apps.map((a) => a.id)),
    batchSize: config.batchSize,
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
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
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          // Emotion (MUI) injects <style> elements at run time.
          'style-src': ["'self'", "'unsafe-inline'"],
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
  api.use(express.json({ limit: BODY_LIMIT, strict: true }));
  api.get('/config', (_req, res) => {
    const body: ConsoleConfig = {
      apps: config.apps,
      demo: config.demo,
      maxUserIds: MAX_USER_IDS,
      example: config.demo ? DEMO_EXAMPLE : null,
    };
    res.json(body);
  });
  api.use(participantRoutes(participants));
  api.use((req) => {
    throw new AppError(404, 'not_found', `no API route ${req.method} ${req.path}`);
  });
  app.use('/api', api);

  if (existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes get the SPA shell; unknown assets still 404 from static.
    app.get('/{*splat}', (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(errorHandler);
  return app;
}
