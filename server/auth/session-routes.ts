import { Router } from 'express';
import { preferencesPatchSchema } from '../../contract/preferences-patch';
import { signInSchema } from '../../contract/session';
import { readDeviceToken, setDeviceCookie } from '../http/device-cookie';
import { requireSession } from '../http/require-session';
import { clearSessionCookie, readSessionToken, setSessionCookie } from '../http/session-cookie';
import { validateBody } from '../http/validate';
import { DEVICE_TOKEN_TTL_MS } from './device-token';
import type { SessionService } from './session-service';

export function sessionRoutes(sessions: SessionService, cookieSecure: boolean) {
  const router = Router();
  router.post('/session', validateBody(signInSchema), async (req, res) => {
    const { token, operator, deviceToken } = await sessions.signIn({
      username: req.body.username,
      password: req.body.password,
      ip: req.ip ?? '',
      deviceToken: readDeviceToken(req),
    });
    setSessionCookie(req, res, token, cookieSecure);
    setDeviceCookie(req, res, deviceToken, DEVICE_TOKEN_TTL_MS, cookieSecure);
    res.json(sessions.toInfo(operator));
  });
  router.get('/session', requireSession(sessions), (req, res) => {
    if (req.operator) res.json(sessions.toInfo(req.operator));
  });
  router.patch(
    '/session/preferences',
    requireSession(sessions),
    validateBody(preferencesPatchSchema),
    async (req, res) => {
      if (req.operator) res.json(sessions.toInfo(await sessions.updatePreferences(req.operator, req.body)));
    },
  );
  router.delete('/session', requireSession(sessions), async (req, res) => {
    const token = readSessionToken(req);
    if (token && req.operator) await sessions.signOut(token, req.operator, req.ip ?? '');
    clearSessionCookie(req, res, cookieSecure);
    res.status(204).end();
  });
  return router;
}
