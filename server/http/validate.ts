import type { Request, RequestHandler } from 'express';
import { z } from 'zod/mini';
import type { ErrorRule } from '../../contract/error-codes';
import type { ErrorParams } from '../../contract/errors';
import { AppError } from './app-error';

const KNOWN_RULES = new Set<string>([
  'required',
  'too_long',
  'too_short',
  'too_many_items',
  'too_few_items',
  'id_range',
  'format',
] satisfies ErrorRule[]);

/** The rule an issue broke, as data the client can translate; the English message stays for logs and support. */
export function issueParams(issue: z.core.$ZodIssue | undefined, input: unknown): ErrorParams {
  if (!issue) return { rule: 'invalid' };
  switch (issue.code) {
    case 'invalid_type':
      return { rule: valueAt(input, issue.path) === undefined ? 'required' : 'invalid' };
    case 'too_big':
      return { rule: issue.origin === 'array' ? 'too_many_items' : 'too_long', limit: Number(issue.maximum) };
    case 'too_small':
      if (issue.origin === 'array') return { rule: 'too_few_items', limit: Number(issue.minimum) };
      return Number(issue.minimum) <= 1 ? { rule: 'required' } : { rule: 'too_short', limit: Number(issue.minimum) };
    case 'invalid_format':
      return { rule: 'format' };
    case 'custom': {
      const rule: unknown = issue.params?.rule;
      const limit: unknown = issue.params?.limit;
      return {
        rule: typeof rule === 'string' && KNOWN_RULES.has(rule) ? (rule as ErrorRule) : 'invalid',
        ...(typeof limit === 'number' ? { limit } : {}),
      };
    }
    default:
      return { rule: 'invalid' };
  }
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The first issue as `{ field, message, params }`; zod's messages are phrased to follow the field name. */
function describeIssue(error: z.core.$ZodError, input: unknown, fallbackField: string) {
  const issue = error.issues[0];
  const field = issue?.path.length ? issue.path.map(String).join('.') : fallbackField;
  return new AppError(400, 'invalid_request', `${field} ${issue?.message ?? 'is invalid'}`, {
    field,
    params: issueParams(issue, input),
  });
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
    if (!result.success) throw describeIssue(result.error, req.body, 'body');
    req.body = result.data;
    next();
  };
}

/** Parses the query string with a schema; the 400 names the parameter, as body validation does. */
export function parseQuery<S extends z.core.$ZodType>(schema: S, req: Request): z.output<S> {
  const result = z.safeParse(schema, req.query);
  if (!result.success) throw describeIssue(result.error, req.query, 'query');
  return result.data;
}
