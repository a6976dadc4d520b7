import { parse } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'imc_session';

export const readSessionToken = (req: Request): string | null =>
  parse(req.headers.cookie ?? '')[SESSION_COOKIE] ?? null;

function options(req: Request, secure: boolean): CookieOptions {
  // Secure when served over HTTPS (directly or via a trusted proxy), or when configured.
  return { httpOnly: true, sameSite: 'strict', secure: secure || req.secure, path: '/' };
}

export const setSessionCookie = (req: Request, res: Response, token: string, secure: boolean) =>
  res.cookie(SESSION_COOKIE, token, options(req, secure));

export const clearSessionCookie = (req: Request, res: Response, secure: boolean) =>
  res.clearCookie(SESSION_COOKIE, options(req, secure));
