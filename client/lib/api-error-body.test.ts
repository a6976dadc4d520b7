import { describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../contract/errors';
import { isApiErrorBody } from './api-error-body';

const valid = { code: 'invalid_request', message: 'conversationId must be…' };

const samples: [string, unknown][] = [
  ['the smallest error', { error: valid }],
  [
    'every field',
    {
      error: {
        ...valid,
        field: 'userIds.3',
        upstream: { code: 'RateLimit', message: 'slow down', requestId: 'r-1' },
        retryAfter: 2,
        params: { rule: 'too_long', limit: 500 },
      },
    },
  ],
  ['an upstream without a request ID', { error: { ...valid, upstream: { code: 'X', message: 'm', requestId: null } } }],
  ['a rule this client does not know', { error: { ...valid, params: { rule: 'brand_new' } } }],
  ['extra fields', { error: { ...valid, extra: 1 }, also: true }],
  ['fields present as undefined', { error: { ...valid, field: undefined, params: undefined } }],
  ['an unknown code', { error: { ...valid, code: 'nope' } }],
  ['no message', { error: { code: 'not_found' } }],
  ['a number as message', { error: { ...valid, message: 1 } }],
  ['a number as field', { error: { ...valid, field: 3 } }],
  ['an upstream without requestId', { error: { ...valid, upstream: { code: 'X', message: 'm' } } }],
  ['an upstream that is a string', { error: { ...valid, upstream: 'X' } }],
  ['retryAfter as a string', { error: { ...valid, retryAfter: '2' } }],
  ['retryAfter as NaN', { error: { ...valid, retryAfter: Number.NaN } }],
  ['a limit as a string', { error: { ...valid, params: { limit: '500' } } }],
  ['params as null', { error: { ...valid, params: null } }],
  ['error as an array', { error: [valid] }],
  ['the body as an array', [{ error: valid }]],
  ['no error field', { message: 'x' }],
  ['null', null],
  ['HTML text', '<html>Bad gateway</html>'],
];

describe('isApiErrorBody', () => {
  it.each(samples)('When the body is %s, then it answers as the contract schema does', (_name, body) => {
    expect(isApiErrorBody(body)).toBe(apiErrorBodySchema.safeParse(body).success);
  });

  it('When the body has our shape, then it is recognised, and when it is HTML, then not', () => {
    expect(isApiErrorBody({ error: valid })).toBe(true);
    expect(isApiErrorBody('<html></html>')).toBe(false);
  });
});
