import { describe, expect, it } from 'vitest';
import { HttpError } from './api-client';
import { describeError } from './describe-error';

describe('describeError', () => {
  it('When the upstream failed, then the title is its code and its RequestId is kept', () => {
    const body = {
      error: {
        code: 'upstream_error',
        message: 'Volcengine IM is unavailable',
        upstream: { code: 'ServiceUnavailableTemp', message: 'try later', requestId: '20261126X' },
      },
    };
    const described = describeError(new HttpError('Volcengine IM is unavailable', 503, body));
    expect(described).toEqual({
      title: 'ServiceUnavailableTemp',
      message: 'Volcengine IM is unavailable',
      details: ['upstream_error · HTTP 503', 'Volcengine says: try later'],
      requestId: '20261126X',
      field: null,
    });
  });

  it('When validation failed, then our code, message and field are used', () => {
    const body = { error: { code: 'invalid_request', message: 'conversationId must be…', field: 'conversationId' } };
    const described = describeError(new HttpError('conversationId must be…', 400, body));
    expect(described).toMatchObject({ title: 'invalid_request', field: 'conversationId', requestId: null });
  });

  it('When the body is not our error shape, then the HTTP status is the title', () => {
    expect(describeError(new HttpError('Request failed with HTTP 502', 502, '<html>')).title).toBe('HTTP 502');
  });

  it('When fetch itself failed, then it reads as a network error', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatchObject({
      title: 'network_error',
      message: 'Could not reach the console server (Failed to fetch)',
    });
  });
});
