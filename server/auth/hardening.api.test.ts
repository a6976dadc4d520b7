import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../contract/audit';
import { scheduleAuditRetention } from '../audit/audit-retention';
import { createLogger } from '../logger';
import { ADMIN, startTestConsole, type TestConsole } from '../testing/start-test-console';

const lookupBody = (appId = '100001') => ({
  appId,
  conversationId: '7101234567890123456',
  userIds: ['9223372036854775807'],
});
const latestAudit = async (t: TestConsole, query: string) =>
  ((await (await t.get(`/api/audit?pageSize=1&${query}`)).json()) as AuditPage).records[0];

describe('Sign-in limits under concurrency', () => {
  it('When 40 wrong passwords arrive at once, then no more than the limit are checked', async () => {
    const t = await startTestConsole({
      signInLimits: { perUsername: 5, perIp: 100, perDevice: 10, windowSeconds: 60 },
    });
    try {
      const statuses = (
        await Promise.all(Array.from({ length: 40 }, () => t.signIn(ADMIN.username, 'wrong-password-x')))
      ).map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(35);
    } finally {
      await t.close();
    }
  });
});

describe('Client IP', () => {
  it('When X-Forwarded-For is sent with TRUST_PROXY unset, then it is ignored for limits and audit', async () => {
    const t = await startTestConsole({
      signInLimits: { perUsername: 100, perIp: 3, perDevice: 10, windowSeconds: 60 },
    });
    try {
      for (let i = 0; i < 3; i += 1) await t.signIn(`u${i}`, 'wrong-password-x', { 'X-Forwarded-For': `10.0.0.${i}` });
      expect((await t.signIn('u9', 'wrong-password-x', { 'X-Forwarded-For': '10.0.0.9' })).status).toBe(429);
      expect((await latestAudit(t, 'event=sign_in_failed'))?.ip).toBe('127.0.0.1');
    } finally {
      await t.close();
    }
  });

  it('When TRUST_PROXY=loopback and a proxy on loopback forwards, then its X-Forwarded-For is the client IP', async () => {
    const t = await startTestConsole({ env: { TRUST_PROXY: 'loopback' } });
    try {
      await t.signIn('nobody', 'wrong-password-x', { 'X-Forwarded-For': '203.0.113.7' });
      expect((await latestAudit(t, 'event=sign_in_failed'))?.ip).toBe('203.0.113.7');
    } finally {
      await t.close();
    }
  });
});

describe('Cookie', () => {
  it('When COOKIE_SECURE=true, then the session cookie is Secure', async () => {
    const t = await startTestConsole({ env: { COOKIE_SECURE: 'true' } });
    try {
      expect((await t.signIn(ADMIN.username, ADMIN.password)).headers.get('set-cookie')).toMatch(/; Secure/);
    } finally {
      await t.close();
    }
  });
});

describe('Hardening', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole();
  });
  afterAll(() => t.close());

  it('When a CSV export is slow or abandoned, then lookups and sign-ins keep working', async () => {
    // About 6 MB of CSV: far more than socket buffers hold, so the export must wait on the reader.
    const ids = Array.from({ length: 500 }, (_, i) => String(9000000000000000000n + BigInt(i)));
    for (let i = 0; i < 600; i += 1)
      await t.services.audit.append({ event: 'lookup', operator: 'filler', outcome: 'ok', userIds: ids });
    const abort = new AbortController();
    const slow = await fetch(`${t.base}/api/audit.csv`, { headers: { Cookie: t.adminCookie }, signal: abort.signal });
    const reader = slow.body?.getReader();
    await reader?.read(); // the export has started and is waiting on us
    expect((await t.post('/api/lookups', lookupBody())).status).toBe(200);
    abort.abort();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await t.post('/api/lookups', lookupBody())).status).toBe(200);
    expect((await t.signIn(ADMIN.username, ADMIN.password)).status).toBe(200);
    const full = await (await t.get('/api/audit.csv?operator=filler')).text();
    expect(full.trim().split('\n')).toHaveLength(601); // header + every row, across pages of 500
  }, 30_000);

  it('When a lookup names an app the console does not serve, then the 400 is audited too', async () => {
    expect((await t.post('/api/lookups', lookupBody('424242'))).status).toBe(400);
    expect(await latestAudit(t, 'event=lookup')).toMatchObject({ appId: '424242', outcome: 'invalid_request' });
  });

  it('When the URL has a broken escape, then it is a 400, not a 500', async () => {
    const res = await t.get('/api/operators/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe('path');
  });

  it('When the same operator is created twice at once, then one succeeds and the other is 409', async () => {
    const create = () =>
      t.post('/api/operators', { username: 'twin', password: 'twin-password-1', role: 'viewer', apps: [] });
    const statuses = (await Promise.all([create(), create()])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
  });

  it('When the retention schedule runs, then records older than the period are purged and the purge is audited', async () => {
    await t.services.audit.append({ event: 'lookup', operator: 'ancient', outcome: 'ok' });
    const written = (t.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    // Three days on, everything written so far is older than the two-day period.
    t.clock.offsetMs = 3 * 86_400_000;
    const stop = await scheduleAuditRetention(
      t.services.audit,
      2,
      createLogger('silent'),
      () => Date.now() + t.clock.offsetMs,
    );
    stop();
    t.clock.offsetMs = 0;
    expect(await latestAudit(t, 'operator=ancient')).toBeUndefined();
    expect(await latestAudit(t, 'event=audit_purged')).toMatchObject({
      outcome: 'ok',
      details: { removed: written, retentionDays: 2 },
    });
  });
});
