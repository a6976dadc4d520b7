import { Router } from 'express';
import type { Services } from '../services';

/**
 * `/healthz` is liveness (the process answers); `/readyz` is readiness: the database, Redis when configured, and
 * not shutting down. A load balancer sends traffic only to ready replicas.
 */
export function healthRoutes(services: Services) {
  const router = Router();
  router.get('/healthz', (_req, res) => void res.set('Cache-Control', 'no-store').json({ status: 'ok' }));
  router.get('/readyz', async (_req, res) => {
    const checks = await services.readiness();
    if (services.lifecycle.draining) checks.shutdown = 'in progress';
    const ready = Object.values(checks).every((v) => v === 'ok');
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: ready ? 'ready' : 'not_ready', checks });
  });
  return router;
}
