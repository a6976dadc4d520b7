import { Router } from 'express';
import type { ConsoleConfig } from '../../contract/console-config';
import type { AppConfig } from '../config';
import { DEMO_EXAMPLE } from '../demo/demo-constants';
import { operatorOf } from '../http/require-session';

/** `GET /api/config`: the operator's own apps and the console's rules, so the form can check input early. */
export function configRoutes(config: AppConfig) {
  const router = Router();
  router.get('/config', (req, res) => {
    const granted = new Set(operatorOf(req).apps);
    const body: ConsoleConfig = {
      apps: config.apps.filter((a) => granted.has(a.id)),
      reasonRequired: config.reasonRequired,
      demo: config.demo,
      maxUserIds: config.maxUserIds,
      example: config.demo && granted.has(DEMO_EXAMPLE.appId) ? DEMO_EXAMPLE : null,
    };
    res.json(body);
  });
  return router;
}
