import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

describe('Serving the client', () => {
  const clientDir = mkdtempSync(path.join(tmpdir(), 'imc-client-'));
  let t: TestConsole;
  beforeAll(async () => {
    mkdirSync(path.join(clientDir, 'assets'));
    writeFileSync(
      path.join(clientDir, 'index.html'),
      '<meta property="csp-nonce" nonce="__CSP_NONCE__"><script type="module" src="/assets/app.js"></script>',
    );
    writeFileSync(path.join(clientDir, 'assets', 'app.js'), 'export {};');
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

  it('When an asset exists, then it is served; when it does not, then it is a 404, not the shell', async () => {
    expect((await fetch(`${t.base}/assets/app.js`)).status).toBe(200);
    const missing = await fetch(`${t.base}/assets/gone.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
