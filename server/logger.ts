import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';

/** Paths that must never reach a log line, wherever they appear. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.secretKey',
  '*.sessionToken',
  '*.password',
  'headers.Authorization',
];

/** The request a log line belongs to, so every line logged while serving it carries its ID. */
export const requestContext = new AsyncLocalStorage<{ reqId: string }>();

export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      mixin: () => {
        const context = requestContext.getStore();
        return context ? { reqId: context.reqId } : {};
      },
    },
    destination,
  );
}
