import type { ErrorRequestHandler } from 'express';
import type { ApiErrorBody } from '../../contract/errors';
import { isDatabaseUnavailable } from '../db/database-errors';
import { AppError } from './app-error';

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

/** Maps body-parser's own failures to AppErrors; anything unknown is a 500 with no details. */
function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const parserError = err as BodyParserError;
  switch (parserError?.type) {
    case 'entity.parse.failed':
      return new AppError(400, 'malformed_json', 'body is not valid JSON', { field: 'body' });
    case 'entity.too.large':
      return new AppError(413, 'body_too_large', `body is larger than ${parserError.limit ?? 'the limit of'} bytes`, {
        field: 'body',
        ...(typeof parserError.limit === 'number' ? { params: { limit: parserError.limit } } : {}),
      });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError(415, 'unsupported_encoding', 'body must be UTF-8 JSON', { field: 'body' });
  }
  // Other client errors raised by Express or body-parser (a bad URL escape, a broken gzip body, an aborted upload).
  const status = (err as { status?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(status, 'bad_request', 'the request could not be read', {
      field: (err as { type?: string }).type ? 'body' : 'path',
    });
  }
  // Without its database the console can neither check sessions nor write audit records: it answers nothing.
  if (isDatabaseUnavailable(err)) {
    return new AppError(503, 'service_unavailable', 'The console’s database is unreachable; try again shortly', {
      retryAfter: 5,
    });
  }
  return new AppError(500, 'internal_error', 'Something went wrong on the server');
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const appError = toAppError(err);
  if (appError.status >= 500 && !appError.details.upstream) {
    if (appError.code === 'service_unavailable')
      req.log?.warn({ err: (err as Error).message }, 'dependency unavailable');
    else req.log?.error({ err }, 'unhandled error');
  }
  // An error describes this moment (a lapsed session, a throttle, a refused host); never replay it from a cache.
  res.setHeader('Cache-Control', 'no-store');
  if (appError.details.retryAfter) res.setHeader('Retry-After', String(appError.details.retryAfter));
  const body: ApiErrorBody = { error: { code: appError.code, message: appError.message, ...appError.details } };
  res.status(appError.status).json(body);
};
