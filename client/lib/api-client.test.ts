import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, HttpError, setUnauthenticatedHandler } from './api-client';

function stubFetch(response: Response) {
  const fetchMock = vi.fn(async () => response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiRequest', () => {
  it('When the server answers 2xx, then the JSON body is returned with ID strings intact', async () => {
    const fetchMock = stubFetch(new Response('{"userIds":["9223372036854775807"]}', { status: 200 }));

    const body = await apiRequest<{ userIds: string[] }>('/api/lookups', { method: 'POST', body: { a: '1' } });

    expect(body.userIds).toEqual(['9223372036854775807']);
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/lookups',
      expect.objectContaining({
        method: 'POST',
        body: '{"a":"1"}',
        headers: expect.objectContaining({ 'Content-Type': 'application/json' }),
      }),
    );
  });

  it('When the server answers with our error shape, then an HttpError carries its message, status and body', async () => {
    const body = { error: { code: 'invalid_request', message: 'conversationId must be…', field: 'conversationId' } };
    stubFetch(new Response(JSON.stringify(body), { status: 400 }));

    const error = await apiRequest('/api/lookups').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ message: 'conversationId must be…', status: 400, body });
    expect((error as HttpError).apiError?.field).toBe('conversationId');
  });

  it('When a proxy answers with HTML, then the HttpError still says what happened', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));

    const error = await apiRequest('/api/config').catch((e: unknown) => e);

    expect(error).toMatchObject({ message: 'Request failed with HTTP 502 Bad Gateway', status: 502 });
    expect((error as HttpError).apiError).toBeNull();
  });

  it('When a 2xx body is not JSON, then it is an error rather than a silent undefined', async () => {
    stubFetch(new Response('<html></html>', { status: 200 }));

    await expect(apiRequest('/api/config')).rejects.toThrow('The server sent a response that is not JSON');
  });

  it('When any call answers 401, then the unauthenticated handler runs and the error still reaches the caller', async () => {
    const body = { error: { code: 'unauthenticated', message: 'Sign in to continue' } };
    stubFetch(new Response(JSON.stringify(body), { status: 401 }));
    const handler = vi.fn();
    const unregister = setUnauthenticatedHandler(handler);

    const error = await apiRequest('/api/config').catch((e: unknown) => e);
    unregister();

    expect(handler).toHaveBeenCalledTimes(1);
    expect(error).toMatchObject({ status: 401, message: 'Sign in to continue' });
  });

  it('When a 401 is expected (signing in), then the handler is left alone', async () => {
    const body = { error: { code: 'invalid_credentials', message: 'Wrong username or password' } };
    stubFetch(new Response(JSON.stringify(body), { status: 401 }));
    const handler = vi.fn();
    const unregister = setUnauthenticatedHandler(handler);

    const error = await apiRequest('/api/session', { method: 'POST', body: {}, expectUnauthenticated: true }).catch(
      (e: unknown) => e,
    );
    unregister();

    expect(handler).not.toHaveBeenCalled();
    expect(error).toMatchObject({ status: 401, message: 'Wrong username or password' });
  });

  it('When the server answers 204, then the result is null', async () => {
    stubFetch(new Response(null, { status: 204 }));

    await expect(apiRequest('/api/session', { method: 'DELETE' })).resolves.toBeNull();
  });
});
