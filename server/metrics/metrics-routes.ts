import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { Router } from 'express';
import { AppError } from '../http/app-error';
import type { Metrics } from './metrics';

const sameSecret = (given: string, expected: string) => {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
};

async function writeMetrics(metrics: Metrics, res: ServerResponse) {
  res.setHeader('Content-Type', metrics.registry.contentType);
  res.setHeader('Cache-Control', 'no-store');
  res.end(await metrics.registry.metrics());
}

/** `GET /metrics` on the console's own port, for a scraper holding METRICS_TOKEN as a bearer token. */
export function metricsRoutes(metrics: Metrics, token: string) {
  const router = Router();
  router.get(
    '/metrics',
    (req, _res, next) => {
      const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '';
      if (!sameSecret(given, token)) throw new AppError(401, 'unauthenticated', 'A valid metrics token is required');
      next();
    },
    async (_req, res) => writeMetrics(metrics, res),
  );
  return router;
}

/** `GET /metrics` on a port of its own (METRICS_PORT), for a scraper on a private network; nothing else there. */
export function startMetricsServer(metrics: Metrics, port: number, host: string): Server {
  return createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/metrics') return void writeMetrics(metrics, res);
    res.writeHead(404).end();
  }).listen(port, host);
}
