import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type RequestHandler, type Response, Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { AppError } from './app-error';

/** Placeholder that `vite build` leaves in index.html (html.cspNonce) and the server fills per request. */
const NONCE_PLACEHOLDER = /__CSP_NONCE__/g;
/** Vite puts a content hash in every name under assets/, so a name never points at other bytes. */
const HASHED_ASSET = 'public, max-age=31536000, immutable';
/** Unhashed files (the favicon) may change with a release, so browsers ask again after an hour. */
const UNHASHED_FILE = 'public, max-age=3600';

/** The request path as the file system will see it, or a 400 naming the path when it can't be decoded. */
function decodedPath(urlPath: string): string {
  try {
    return path.posix.normalize(decodeURIComponent(urlPath));
  } catch {
    throw new AppError(400, 'bad_request', 'the path is not valid percent-encoding', { field: 'path' });
  }
}

/**
 * Serves the built client: hashed assets from disk, brotli or gzip copies made at build time when the
 * browser accepts them, and index.html with this response's CSP nonce.
 */
export function clientShell(clientDir: string): RequestHandler | null {
  const root = path.resolve(clientDir);
  const indexPath = path.join(root, 'index.html');
  if (!existsSync(indexPath)) return null;
  const html = readFileSync(indexPath, 'utf8');
  const assetsDir = path.join(root, 'assets') + path.sep;
  const sendShell = (res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(html.replace(NONCE_PLACEHOLDER, String(res.locals.cspNonce)));
  };

  const router = Router();
  // index.html on disk holds the unfilled placeholder, so however its name is spelled (/index.html,
  // /%69ndex.html, /assets/../index.html) it is answered with the shell, never read from disk.
  router.use((req, res, next) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && decodedPath(req.path) === '/index.html')
      return sendShell(res);
    next();
  });
  router.use(
    expressStaticGzip(root, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        cacheControl: false,
        // filePath is the file actually sent, e.g. assets/index-abc123.js.br.
        setHeaders: (res, filePath) =>
          res.setHeader('Cache-Control', filePath.startsWith(assetsDir) ? HASHED_ASSET : UNHASHED_FILE),
      },
    }),
  );
  // Client-side routes (/, /audit, /sign-in …) get the SPA shell. A path that names a file and wasn't
  // found above is a real 404: answering it with HTML would surface as a baffling MIME error instead.
  router.get('/{*splat}', (req, res, next) => {
    if (path.extname(req.path)) return next();
    sendShell(res);
  });
  return router;
}
