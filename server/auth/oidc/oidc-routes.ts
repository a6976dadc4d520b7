import { Router } from 'express';
import { setSessionCookie } from '../../http/session-cookie';
import { clearFlowCookie, readFlowCookie, setFlowCookie } from './oidc-flow-cookie';
import type { OidcService } from './oidc-service';
import { consolePath } from './return-path';

/**
 * Browser navigations, not API calls: each answers with a redirect, never JSON, and failures land on the sign-in
 * page as `?error=<code>`, which it translates. No token from the provider ever reaches the browser.
 */
export function oidcRoutes(oidc: OidcService, publicOrigin: string, cookieSecure: boolean) {
  const router = Router();
  router.get('/session/oidc/start', async (req, res) => {
    const started = await oidc.start(consolePath(req.query.returnTo), req.ip ?? '');
    if ('error' in started) return res.redirect(303, `/sign-in?error=${started.error}`);
    setFlowCookie(req, res, started.flowId, cookieSecure);
    res.redirect(303, started.url);
  });
  router.get('/session/oidc/callback', async (req, res) => {
    const flowId = readFlowCookie(req);
    clearFlowCookie(req, res, cookieSecure);
    const result = await oidc.callback(flowId, new URL(req.originalUrl, publicOrigin), req.ip ?? '');
    if (!result.ok) return res.redirect(303, `/sign-in?error=${result.error}`);
    setSessionCookie(req, res, result.token, cookieSecure);
    res.redirect(303, result.returnTo);
  });
  // After the console's own sign-out (DELETE /api/session): ends the session at the provider too, when it can.
  router.get('/session/oidc/logout', async (_req, res) => {
    res.redirect(303, (await oidc.endSessionUrl()) ?? '/sign-in');
  });
  return router;
}
