import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../testing/free-port';
import { startTestConsole } from '../testing/start-test-console';

const lookup = { appId: '100001', conversationId: '7101234567890123456', userIds: ['9223372036854775807'] };
const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

describe('Readiness', () => {
  it('When everything is up, then /readyz is 200 with each check ok, and needs no session', async () => {
    const t = await startTestConsole();
    try {
      const res = await fetch(`${t.base}/readyz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ready', checks: { database: 'ok' } });
      expect(res.headers.get('cache-control')).toBe('no-store');
    } finally {
      await t.close();
    }
  });

  it('When Redis is configured but unreachable, then /readyz says why and lookups fail closed with no upstream call', async () => {
    const t = await startTestConsole({ env: { REDIS_URL: `redis://127.0.0.1:${await freePort()}` } });
    try {
      const ready = await fetch(`${t.base}/readyz`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { status: string; checks: Record<string, string> };
      expect(body.status).toBe('not_ready');
      expect(body.checks.database).toBe('ok');
      expect(body.checks.redis).not.toBe('ok');
      t.takeReceived();
      const res = await t.post('/api/lookups', lookup);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
      expect(t.takeReceived()).toHaveLength(0);
    } finally {
      await t.close();
    }
  });
});

describe.skipIf(!hasRedisServer && !process.env.CI)('When Redis stops and starts again', () => {
  const servers: ChildProcess[] = [];
  afterAll(() => {
    for (const s of servers) s.kill('SIGKILL');
  });
  const startRedis = async (port: number) => {
    const server = spawn('redis-server', [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ]);
    servers.push(server);
    await new Promise<void>((resolve) =>
      server.stdout?.on('data', (d: Buffer) => String(d).includes('Ready to accept') && resolve()),
    );
    return server;
  };

  it('then lookups fail closed while it is down and work again without a restart', async () => {
    const port = await freePort();
    const redis = await startRedis(port);
    const t = await startTestConsole({ env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
    try {
      await t.waitFor(async () => ((await fetch(`${t.base}/readyz`)).status === 200 ? true : undefined));
      expect((await t.post('/api/lookups', lookup)).status).toBe(200);

      redis.kill('SIGKILL');
      await t.waitFor(async () => ((await fetch(`${t.base}/readyz`)).status === 503 ? true : undefined));
      t.takeReceived();
      expect((await t.post('/api/lookups', lookup)).status).toBe(503);
      expect(t.takeReceived()).toHaveLength(0);

      await startRedis(port);
      await t.waitFor(async () => ((await fetch(`${t.base}/readyz`)).status === 200 ? true : undefined));
      expect((await t.post('/api/lookups', lookup)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('Metrics', () => {
  it('When METRICS_TOKEN is set, then /metrics needs it as a bearer token and counts calls, lookups and audit writes', async () => {
    const token = 'metrics-token-0123456789';
    const t = await startTestConsole({ env: { METRICS_TOKEN: token } });
    try {
      expect((await fetch(`${t.base}/metrics`)).status).toBe(401);
      expect(
        (await fetch(`${t.base}/metrics`, { headers: { Authorization: 'Bearer wrong-token-0123456789' } })).status,
      ).toBe(401);
      expect((await t.post('/api/lookups', lookup)).status).toBe(200);
      const res = await fetch(`${t.base}/metrics`, { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toMatch(/imc_upstream_calls_total\{action="BatchGetConversationParticipant",outcome="ok"\} 1/);
      expect(text).toMatch(/imc_upstream_call_duration_seconds_count\{action="BatchGetConversations"\} 1/);
      expect(text).toMatch(/imc_lookups_total\{mode="lookup",outcome="ok"\} 1/);
      expect(text).toMatch(/imc_limiter_wait_seconds_count\{action="BatchGetConversationParticipant"\} 1/);
      expect(text).toMatch(/imc_limiter_queue_depth\{action="BatchGetConversationParticipant"\} 0/);
      expect(text).toMatch(/imc_audit_write_duration_seconds_count [1-9]/);
      expect(text).toMatch(/imc_process_cpu_seconds_total/);
      expect(text).not.toContain(t.config.credentials.secretKey);
    } finally {
      await t.close();
    }
  });

  it('When no metrics setting is given, then there is no /metrics at all', async () => {
    const t = await startTestConsole();
    try {
      expect((await fetch(`${t.base}/metrics`)).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
