import type { Request, RequestHandler } from 'express';
import { z } from 'zod/mini';
import { AppError } from './app-error';

/** The first issue as `{ field, message }`; zod's messages are phrased to follow the field name. */
function describeIssue(error: z.core.$ZodError, fallbackField: string) {
  const issue = error.issues[0];
  const field = issue?.path.length ? issue.path.map(String).join('.') : fallbackField;
  return new AppError(400, 'invalid_request', `${field} ${issue?.message ?? 'is invalid'}`, { field });
}

/** Parses req.body with the schema and writes the parsed value back, so handlers see normalised input. */
export function validateBody(schema: z.core.$ZodType): RequestHandler {
  return (req, _res, next) => {
    if (!req.is('application/json')) {
      throw new AppError(415, 'unsupported_media_type', 'body must be sent as Content-Type: application/json', {
        field: 'body',
      });
    }
    const result = z.safeParse(schema, req.body);
    if (!result.success) throw describeIssue(result.error, 'body');
    req.body = result.data;
    next();
  };
}

/** Parses the query string with a schema; the 400 names the parameter, as body validation does. */
export function parseQuery<S extends z.core.$ZodType>(schema: S, req: Request): z.output<S> {
  const result = z.safeParse(schema, req.query);
  if (!result.success) throw describeIssue(result.error, 'query');
  return result.data;
}
