import type { RequestHandler } from 'express';

/** API answers carry per-operator data; no browser or proxy cache may keep them. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};
