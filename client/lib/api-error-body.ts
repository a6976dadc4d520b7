import { ERROR_CODES } from '../../contract/error-codes';
import type { ApiErrorBody } from '../../contract/errors';

// The same check as the contract's apiErrorBodySchema, without zod: every request's error path runs it, so it sits in
// the sign-in page's first download, where zod alone would be ~7 kB compressed. api-error-body.test.ts holds the two
// to the same answers.

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isString = (value: unknown) => typeof value === 'string';

const isUpstream = (value: unknown) =>
  isObject(value) &&
  isString(value.code) &&
  isString(value.message) &&
  (value.requestId === null || isString(value.requestId));

const isParams = (value: unknown) =>
  isObject(value) && optional(value.rule, isString) && optional(value.limit, isFiniteNumber);

/** `{ error: {...} }`: the one shape of every non-2xx answer from our server. */
export function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (!isObject(body) || !isObject(body.error)) return false;
  const { code, message, field, upstream, retryAfter, params } = body.error;
  return (
    ERROR_CODES.some((known) => known === code) &&
    isString(message) &&
    optional(field, isString) &&
    optional(upstream, isUpstream) &&
    optional(retryAfter, isFiniteNumber) &&
    optional(params, isParams)
  );
}
