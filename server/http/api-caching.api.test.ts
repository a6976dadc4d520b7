import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXAMPLE } from '../demo/demo-constants';
import { rawRequest } from '../testing/raw-http';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

describe('API answers: caching and compression', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole();
  });
  afterAll(() => t.close());

  const lookup = (acceptEncoding?: string) =>
    rawRequest(t.base, '/api/lookups', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Cookie: t.adminCookie,
        ...(acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}),
      },
      body: JSON.stringify(DEMO_EXAMPLE),
    });

  it('When any /api answer goes out (success, 401, 404, 400), then it says Cache-Control: no-store', async () => {
    const answers = await Promise.all([
      rawRequest(t.base, '/api/session', { headers: { Cookie: t.adminCookie } }),
      rawRequest(t.base, '/api/session'),
      rawRequest(t.base, '/api/nowhere', { headers: { Cookie: t.adminCookie } }),
      rawRequest(t.base, '/api/lookups', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: t.adminCookie },
        body: '{',
      }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 401, 404, 400]);
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('When a JSON answer is over 1 kB and the client accepts gzip or brotli, then it is compressed and intact', async () => {
    const plain = await lookup();
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();

    const gzip = await lookup('gzip');
    const brotli = await lookup('gzip, deflate, br');

    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotli.headers['content-encoding']).toBe('br');
    const decoded = [gunzipSync(gzip.body), brotliDecompressSync(brotli.body)].map(
      (bytes) => JSON.parse(bytes.toString()) as { userIds: string[] },
    );
    for (const body of decoded) expect(body.userIds).toEqual(DEMO_EXAMPLE.userIds);
    expect(gzip.body.length).toBeLessThan(plain.body.length);
  });

  it('When a JSON answer is under 1 kB, then it goes out uncompressed', async () => {
    const res = await rawRequest(t.base, '/api/session', {
      headers: { Cookie: t.adminCookie, 'Accept-Encoding': 'gzip, br' },
    });
    expect(res.body.length).toBeLessThan(1024);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.body.toString())).toMatchObject({ username: 'root-admin' });
  });
});
