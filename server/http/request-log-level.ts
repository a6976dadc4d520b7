import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { LevelWithSilent } from 'pino';

/**
 * Successful requests for static files and health probes are logged at debug: a page load fetches a dozen
 * assets and a load balancer probes every few seconds, which would bury the lines worth reading.
 */
export function requestLogLevel(req: IncomingMessage, res: ServerResponse): LevelWithSilent {
  // Routers and the static middleware rewrite req.url while serving; originalUrl is what the client asked.
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
  const pathname = url.split('?')[0] ?? '';
  const routine =
    pathname === '/healthz' ||
    pathname === '/readyz' ||
    (!pathname.startsWith('/api/') && pathname !== '/index.html' && path.posix.extname(pathname) !== '');
  return routine && res.statusCode < 400 ? 'debug' : 'info';
}
