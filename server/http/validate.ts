import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { AppError } from './app-error';

/** Parses req.body with the schema and writes the parsed value back, so handlers see normalised input. */
export function validateBody(schema: z.ZodType): RequestHandler {
  return (req, _res, next) => {
    if (!req.is('application/json')) {
      throw new AppError(415, 'unsupported_media_type', 'body must be sent as Content-Type: application/json', {
        field: 'body',
      });
    }
    const result = schema.safeParse(req.body);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue?.path.length ? issue.path.map(String).join('.') : 'body';
      // Zod's messages are phrased to follow the field name: "userIds.3 must be a decimal integer …".
      throw new AppError(400, 'invalid_request', `${field} ${issue?.message ?? 'is invalid'}`, { field });
    }
    req.body = result.data;
    next();
  };
}
