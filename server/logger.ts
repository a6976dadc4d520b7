import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';
import { prettyFactory } from 'pino-pretty';

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

/**
 * Where log lines go when no destination is given: readable lines when a person watches a terminal, one
 * JSON object per line otherwise (a pipe, a file, a log collector). Lines are prettified in place rather
 * than through pino-pretty's stream, so a line logged just before process.exit() is written, as with JSON.
 */
export function defaultDestination(
  out: { isTTY?: boolean; write(text: string): unknown } = process.stdout,
): pino.DestinationStream | undefined {
  if (!out.isTTY) return undefined;
  const prettify = prettyFactory({ translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
  return { write: (line: string) => void out.write(prettify(line)) };
}

export function createLogger(level: string, destination: pino.DestinationStream | undefined = defaultDestination()) {
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
