import { parse } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';
import { OIDC_FLOW_TTL_MS } from './oidc-flow-repository';

const FLOW_COOKIE = 'imc_oidc';

/**
 * Binds a sign-in to the browser that started it (the `state` check alone can't: an attacker could send a victim
 * their own callback URL). SameSite=Lax, not Strict: the provider's redirect back is a cross-site navigation, and
 * Strict cookies are not sent on it. Only the callback's path sees it.
 */
function options(req: Request, secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: secure || req.secure, path: '/api/session/oidc/callback' };
}

export const readFlowCookie = (req: Request): string | null => parse(req.headers.cookie ?? '')[FLOW_COOKIE] ?? null;

export const setFlowCookie = (req: Request, res: Response, flowId: string, secure: boolean) =>
  res.cookie(FLOW_COOKIE, flowId, { ...options(req, secure), maxAge: OIDC_FLOW_TTL_MS });

export const clearFlowCookie = (req: Request, res: Response, secure: boolean) =>
  res.clearCookie(FLOW_COOKIE, options(req, secure));
