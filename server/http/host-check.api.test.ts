import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../contract/audit';
import type { ApiErrorBody } from '../../contract/errors';
import { rawRequest, rawSocket, readUntilClosed } from '../testing/raw-http';
import { ADMIN, startTestConsole, type TestConsole } from '../testing/start-test-console';

const signInBody = JSON.stringify({ username: ADMIN.username, password: 'wrong-password-x' });
const signInFailures = async (t: TestConsole) =>
  ((await (await t.get('/api/audit?event=sign_in_failed')).json()) as AuditPage).total;

describe('Host check with the default HOST (127.0.0.1)', () => {
  const clientDir = mkdtempSync(path.join(tmpdir(), 'imc-client-'));
  let t: TestConsole;
  beforeAll(async () => {
    writeFileSync(path.join(clientDir, 'index.html'), '<meta property="csp-nonce" nonce="__CSP_NONCE__">');
    t = await startTestConsole({ clientDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  it('When a request names another host (DNS rebinding), then it is refused with 421 before any route runs', async () => {
    const before = await signInFailures(t);

    const res = await rawRequest(t.base, '/api/session', {
      method: 'POST',
      headers: {
        Host: 'rebind.example:8080',
        'Content-Type': 'application/json',
        Origin: 'http://rebind.example:8080',
      },
      body: signInBody,
    });

    expect(res.status).toBe(421);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = JSON.parse(res.body.toString()) as ApiErrorBody;
    expect(body.error).toMatchObject({ code: 'misdirected_request', field: 'Host' });
    expect(body.error.message).not.toContain('rebind.example');
    expect(await signInFailures(t)).toBe(before);
  });

  it('When the shell or an API read is asked for under another host, then both are refused with 421', async () => {
    for (const urlPath of ['/', '/sign-in', '/api/session', '/api/nothing-here']) {
      const res = await rawRequest(t.base, urlPath, { headers: { Host: 'rebind.example', Cookie: t.adminCookie } });
      expect(res.status).toBe(421);
      expect(res.body.toString()).not.toContain('csp-nonce');
    }
  });

  it('When the Host is the listen address, localhost or [::1] with any port, then the request goes through', async () => {
    for (const host of [
      '127.0.0.1',
      `127.0.0.1:${new URL(t.base).port}`,
      'localhost:3000',
      'LocalHost',
      '[::1]:8080',
    ]) {
      const res = await rawRequest(t.base, '/api/session', { headers: { Host: host, Cookie: t.adminCookie } });
      expect(res.status).toBe(200);
    }
  });

  it('When a load balancer probes /healthz with its own Host, then it is answered', async () => {
    const res = await rawRequest(t.base, '/healthz', { headers: { Host: '10.20.30.40:8080' } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString())).toEqual({ status: 'ok' });
  });

  it('When an HTTP/1.0 request carries no Host at all, then it is refused with 421', async () => {
    const socket = await rawSocket(t.base);
    const received = readUntilClosed(socket);

    socket.write('GET /api/session HTTP/1.0\r\n\r\n');

    expect(await received).toMatch(/^HTTP\/1\.[01] 421 /);
  });
});

describe('Host check with PUBLIC_ORIGIN behind a proxy', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole({ env: { PUBLIC_ORIGIN: 'https://console.example.com', TRUST_PROXY: 'loopback' } });
  });
  afterAll(() => t.close());

  it('When the Host is PUBLIC_ORIGIN’s host, then the request goes through', async () => {
    const res = await rawRequest(t.base, '/api/session', {
      headers: { Host: 'console.example.com', Cookie: t.adminCookie },
    });
    expect(res.status).toBe(200);
  });

  it('When a trusted proxy forwards another host in X-Forwarded-Host, then that host is checked and refused', async () => {
    const res = await rawRequest(t.base, '/api/session', {
      headers: { Host: '127.0.0.1', 'X-Forwarded-Host': 'rebind.example', Cookie: t.adminCookie },
    });
    expect(res.status).toBe(421);
  });

  it('When the browser’s Origin is PUBLIC_ORIGIN while the proxy sent its own Host, then the POST is same-origin', async () => {
    const res = await rawRequest(t.base, '/api/session', {
      method: 'POST',
      headers: {
        Host: '127.0.0.1',
        Origin: 'https://console.example.com',
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(ADMIN),
    });
    expect(res.status).toBe(200);
  });

  it('When the Origin is another site, then the POST is still refused as cross-origin', async () => {
    const res = await rawRequest(t.base, '/api/session', {
      method: 'POST',
      headers: { Host: '127.0.0.1', Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    expect(res.status).toBe(403);
    expect((JSON.parse(res.body.toString()) as ApiErrorBody).error.code).toBe('cross_site');
  });
});

describe('Host check when listening on every address', () => {
  let t: TestConsole;
  beforeAll(async () => {
    // The check reads HOST from the configuration; the test console itself still listens on loopback only.
    t = await startTestConsole({ env: { HOST: '0.0.0.0' } });
  });
  afterAll(() => t.close());

  it('When the Host is any IP literal, then it goes through; a host name other than localhost is refused', async () => {
    const status = async (host: string) =>
      (await rawRequest(t.base, '/api/session', { headers: { Host: host, Cookie: t.adminCookie } })).status;
    expect(await status('192.0.2.10:8080')).toBe(200);
    expect(await status('[2001:db8::10]')).toBe(200);
    expect(await status('rebind.example')).toBe(421);
  });
});
