import type { Request } from 'express';
import type { z } from 'zod';
import { AppError } from './app-error';

/** Parses the query string with a schema; the 400 names the parameter, as body validation does. */
export function parseQuery<S extends z.ZodType>(schema: S, req: Request): z.output<S> {
  const result = schema.safeParse(req.query);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.map(String).join('.') || 'query';
    throw new AppError(400, 'invalid_request', `${field} ${issue?.message ?? 'is invalid'}`, { field });
  }
  return result.data;
}
