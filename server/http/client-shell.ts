import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, Router } from 'express';

/** Placeholder that `vite build` leaves in index.html (html.cspNonce) and the server fills per request. */
const NONCE_PLACEHOLDER = /__CSP_NONCE__/g;

/** Serves the built client: hashed assets from disk, and index.html with this response's CSP nonce. */
export function clientShell(clientDir: string): RequestHandler | null {
  const indexPath = path.join(clientDir, 'index.html');
  if (!existsSync(indexPath)) return null;
  const html = readFileSync(indexPath, 'utf8');
  const router = Router();
  router.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  // Client-side routes (/, /audit, /sign-in …) get the SPA shell. A path that names a file and wasn't
  // found above is a real 404: answering it with HTML would surface as a baffling MIME error instead.
  router.get('/{*splat}', (req, res, next) => {
    if (path.extname(req.path)) return next();
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(html.replace(NONCE_PLACEHOLDER, String(res.locals.cspNonce)));
  });
  return router;
}
