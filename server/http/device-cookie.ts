import { parse } from 'cookie';
import type { Request, Response } from 'express';

export const DEVICE_COOKIE = 'imc_device';
// Only sign-in needs it, so no other request carries it.
const DEVICE_COOKIE_PATH = '/api/session';

export const readDeviceToken = (req: Request): string | null => parse(req.headers.cookie ?? '')[DEVICE_COOKIE] || null;

/** The long-lived device cookie: HttpOnly, SameSite=Strict, Secure over HTTPS or when configured. */
export const setDeviceCookie = (req: Request, res: Response, token: string, maxAgeMs: number, secure: boolean) =>
  res.cookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secure || req.secure,
    path: DEVICE_COOKIE_PATH,
    maxAge: maxAgeMs,
  });
