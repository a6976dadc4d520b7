import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ConsoleConfig } from '../contract/console-config';
import { runServerExpectingExit } from './testing/spawn-server';
import { startTestConsole, type TestConsole } from './testing/start-test-console';

describe('The console app', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole();
  });
  afterAll(() => t.close());

  it('When /healthz is asked, then it answers ok', async () => {
    const res = await fetch(`${t.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('When the client asks for its config in demo mode, then it gets the apps, the limit and the example', async () => {
    const body = (await (await t.get('/api/config')).json()) as ConsoleConfig;
    expect(body.demo).toBe(true);
    expect(body.apps).toEqual([
      { id: '100001', label: 'Demo Community' },
      { id: '100002', label: 'Demo Live' },
    ]);
    expect(body.maxUserIds).toBe(50_000);
    expect(body.reasonRequired).toBe(false);
    expect(body.example?.userIds).toContain('9223372036854775807');
    expect(JSON.stringify(body)).not.toContain(t.config.credentials.secretKey);
  });

  it('When an unknown API route is asked, then it is a JSON 404', async () => {
    const res = await t.get('/api/nope');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('When any response goes out, then it carries a request ID and security headers', async () => {
    const res = await t.get('/api/config');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('Starting the server', () => {
  it('When a variable is invalid, then the process stops with a message naming it', async () => {
    const run = await runServerExpectingExit({ VOLC_QPS: 'fast' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('VOLC_QPS');
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});

describe('Logs', () => {
  it('When a request logs from deep inside (the upstream client), then the line carries that request ID and no cookie', async () => {
    const t = await startTestConsole();
    try {
      t.emulator.faults.add({ kind: 'gateway-error', status: 500, code: 'InternalError', count: 1 });
      const res = await t.post('/api/lookups', {
        appId: '100001',
        conversationId: '7101234567890123456',
        userIds: ['1'],
      });
      const requestId = res.headers.get('x-request-id');
      const lines = t.logs.map((line) => JSON.parse(line) as { msg: string; reqId?: string; req?: { id: string } });
      const upstreamLine = lines.find((l) => l.msg === 'upstream failed');
      expect(upstreamLine?.reqId).toBe(requestId);
      // pino-http's own line for the request, written when the response finishes: maybe after the client has it.
      await vi.waitFor(() => {
        const all = t.logs.map((line) => JSON.parse(line) as { req?: { id: string } });
        expect(all.some((l) => l.req?.id === requestId)).toBe(true);
      }, 10_000);
      expect(t.logs.join('')).not.toContain(t.adminCookie.split('=')[1]);
    } finally {
      await t.close();
    }
  });

  it('When static files and health probes are served, then their request lines are at debug; page and API requests at info', async () => {
    const clientDir = mkdtempSync(path.join(tmpdir(), 'imc-client-'));
    mkdirSync(path.join(clientDir, 'assets'));
    writeFileSync(path.join(clientDir, 'index.html'), '<meta nonce="__CSP_NONCE__">');
    writeFileSync(path.join(clientDir, 'assets', 'app-1234.js'), 'export {};');
    const t = await startTestConsole({ clientDir });
    try {
      for (const urlPath of ['/assets/app-1234.js', '/healthz', '/audit', '/api/config', '/assets/gone.js'])
        await t.get(urlPath);

      const levelOf = (url: string) =>
        t.logs
          .map((line) => JSON.parse(line) as { level: number; req?: { url: string }; res?: unknown })
          .find((l) => l.req?.url === url && l.res)?.level;
      await expect.poll(() => levelOf('/assets/gone.js')).toBeDefined();
      expect(levelOf('/assets/app-1234.js')).toBe(20);
      expect(levelOf('/healthz')).toBe(20);
      expect(levelOf('/audit')).toBe(30);
      expect(levelOf('/api/config')).toBe(30);
      // A missing file is worth seeing: a stale page asking for an asset of an older build.
      expect(levelOf('/assets/gone.js')).toBe(30);
    } finally {
      await t.close();
      rmSync(clientDir, { recursive: true, force: true });
    }
  });
});
