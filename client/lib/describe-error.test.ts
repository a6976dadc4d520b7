import { describe, expect, it } from 'vitest';
import { HttpError } from './api-client';
import { describeError } from './describe-error';

const httpError = (status: number, error: Record<string, unknown>) =>
  new HttpError(String(error.message), status, { error });

describe('describeError', () => {
  it('When Volcengine throttled, then it is described by our code, with advice, every code and the RequestId', () => {
    const upstream = { code: 'FlowLimitExceeded', message: 'flow limit', requestId: '20261126X' };
    const error = httpError(429, {
      code: 'upstream_throttled',
      message: 'Volcengine answered FlowLimitExceeded: flow limit',
      upstream,
    });

    expect(describeError(error)).toMatchObject({
      kind: 'upstream_throttled',
      adviceKind: 'throttled',
      codes: ['upstream_throttled', 'FlowLimitExceeded', 'HTTP 429'],
      upstreamCode: 'FlowLimitExceeded',
      requestId: '20261126X',
      serverMessage: 'Volcengine answered FlowLimitExceeded: flow limit',
      // Already quoted by the server's message.
      upstreamMessage: null,
      retryable: true,
    });
  });

  it('When the server names a field and a rule, then both are kept and a retry would not help', () => {
    const error = httpError(400, {
      code: 'invalid_request',
      message: 'reason is at most 500 characters',
      field: 'reason',
      params: { rule: 'too_long', limit: 500 },
    });

    expect(describeError(error)).toMatchObject({
      kind: 'invalid_request',
      field: 'reason',
      rule: 'too_long',
      limit: 500,
      retryable: false,
    });
  });

  it('When the rule is one this client does not know, then it is dropped rather than trusted', () => {
    const error = httpError(400, { code: 'invalid_request', message: 'x', field: 'appId', params: { rule: 'new' } });

    expect(describeError(error).rule).toBeNull();
  });

  it('When the server asks to wait, then the wait is kept for the advice', () => {
    const error = httpError(429, { code: 'too_many_attempts', message: 'Too many…', retryAfter: 900 });

    expect(describeError(error)).toMatchObject({ kind: 'too_many_attempts', retryAfter: 900, retryable: false });
  });

  it('When the body is not our error shape, then it is an HTTP error with the status as its code', () => {
    const described = describeError(new HttpError('Request failed with HTTP 502 Bad Gateway', 502, '<html>'));

    expect(described).toMatchObject({ kind: 'http_error', codes: ['HTTP 502'], retryable: true });
  });

  it('When fetch itself failed, then it reads as a network error worth retrying', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatchObject({
      kind: 'network_error',
      codes: ['network_error'],
      serverMessage: 'Failed to fetch',
      retryable: true,
    });
  });
});
