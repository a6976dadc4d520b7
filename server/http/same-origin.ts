import type { RequestHandler } from 'express';
import { AppError } from '../http/app-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a browser sent from another site. Browsers always send
 * Sec-Fetch-Site and/or Origin on such requests; scripts and the CLI send neither and aren't at risk,
 * since they don't carry a victim's cookie. Behind a proxy the Host we see may not be the one the browser
 * used, so an Origin equal to PUBLIC_ORIGIN is same-origin too.
 */
export function sameOrigin(publicOrigin: string | null): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const site = req.get('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin')
      throw new AppError(403, 'cross_site', 'Cross-site requests are refused');
    const origin = req.get('origin');
    if (origin !== undefined && origin !== publicOrigin && origin !== `${req.protocol}://${req.get('host')}`) {
      throw new AppError(403, 'cross_site', 'Cross-origin requests are refused');
    }
    next();
  };
}
