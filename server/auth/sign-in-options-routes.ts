import { Router } from 'express';
import type { SignInOptions } from '../../contract/sign-in-options';
import type { AppConfig } from '../config';

/** `GET /api/session/options`: public, what the sign-in page offers. The break-glass admin's name stays out. */
export function signInOptionsRoutes(config: AppConfig) {
  const router = Router();
  const body: SignInOptions = {
    sso: config.oidc ? { displayName: config.oidc.displayName } : null,
    passwordForm: !config.oidc?.only,
  };
  router.get('/session/options', (_req, res) => {
    res.json(body);
  });
  return router;
}
