import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../testing/raw-http';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

/** Big enough to be worth compressing, like the real bundle's chunks. */
const APP_JS = `export const words = ${JSON.stringify('the console '.repeat(400))};\n`;
/** A shell over 1 kB, as the built one is once Vite adds its tags. */
const SHELL = `<meta property="csp-nonce" nonce="__CSP_NONCE__"><script type="module" src="/assets/app.js"></script><!--${'x'.repeat(1200)}-->`;

describe('Serving the client', () => {
  const clientDir = mkdtempSync(path.join(tmpdir(), 'imc-client-'));
  let t: TestConsole;
  beforeAll(async () => {
    // What `vite build` leaves: hashed assets with brotli and gzip copies beside them, index.html without.
    mkdirSync(path.join(clientDir, 'assets'));
    writeFileSync(path.join(clientDir, 'index.html'), SHELL);
    writeFileSync(path.join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(path.join(clientDir, 'assets', 'app.js'), APP_JS);
    writeFileSync(path.join(clientDir, 'assets', 'app.js.br'), brotliCompressSync(APP_JS));
    writeFileSync(path.join(clientDir, 'assets', 'app.js.gz'), gzipSync(APP_JS));
    t = await startTestConsole({ clientDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  it('When a client route is opened, then the shell carries the same fresh nonce as the CSP header', async () => {
    const nonces = [];
    for (const route of ['/', '/audit', '/sign-in']) {
      const res = await fetch(t.base + route);
      expect(res.status).toBe(200);
      const nonce = /nonce="([^"]+)"/.exec(await res.text())?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(res.headers.get('content-security-policy')).toContain(`style-src 'self' 'nonce-${nonce}'`);
      expect(res.headers.get('cache-control')).toBe('no-store');
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(3);
  });

  it('When /index.html is asked for, however spelled, then it is the shell with its nonce filled, like /', async () => {
    for (const route of ['/index.html', '/%69ndex.html', '/assets/../index.html']) {
      const res = await rawRequest(t.base, route);
      const html = res.body.toString();
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(html).not.toContain('__CSP_NONCE__');
      const nonce = /nonce="([^"]+)"/.exec(html)?.[1];
      expect(res.headers['content-security-policy']).toContain(`'nonce-${nonce}'`);
    }
  });

  it('When the browser accepts brotli or gzip, then the shell is compressed on the fly', async () => {
    const res = await rawRequest(t.base, '/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toMatch(/nonce="[A-Za-z0-9+/]{22}=="/);
  });

  it('When an asset exists, then it is served; when it does not, then it is a 404, not the shell', async () => {
    expect((await fetch(`${t.base}/assets/app.js`)).status).toBe(200);
    const missing = await fetch(`${t.base}/assets/gone.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('When a path is broken percent-encoding, then it is a 400 naming the path', async () => {
    const res = await rawRequest(t.base, '/assets/%E0%A4%A.js');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body.toString())).toMatchObject({ error: { code: 'bad_request', field: 'path' } });
  });

  it('When a browser accepts brotli, then the hashed asset is the pre-compressed copy, cached for a year', async () => {
    const res = await rawRequest(t.base, '/assets/app.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });

    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.body).toString()).toBe(APP_JS);
  });

  it('When a browser accepts only gzip, or nothing, then it gets the gzip copy, or the file as is', async () => {
    const gzip = await rawRequest(t.base, '/assets/app.js', { headers: { 'Accept-Encoding': 'gzip' } });
    const plain = await rawRequest(t.base, '/assets/app.js');

    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(APP_JS);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(APP_JS);
    for (const res of [gzip, plain]) expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('When an unhashed file (the favicon) is served, then it is cached for an hour only', async () => {
    const res = await rawRequest(t.base, '/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });
});
