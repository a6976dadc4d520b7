import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../contract/audit';
import type { SessionInfo } from '../../contract/session';
import { ADMIN, startTestConsole, type TestConsole } from '../testing/start-test-console';

const lastAudit = async (t: TestConsole, query = '') =>
  ((await (await t.get(`/api/audit?pageSize=5${query}`)).json()) as AuditPage).records;

describe('Sessions', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole({ env: { SESSION_IDLE_SECONDS: '600', SESSION_MAX_SECONDS: '3600' } });
  });
  afterAll(() => t.close());

  it('When an operator signs in, then the cookie is HttpOnly and SameSite=Strict and GET /api/session names them', async () => {
    await t.createOperator('vera', 'vera-password-123', 'viewer', ['100001']);
    const res = await t.signIn('Vera', 'vera-password-123'); // usernames are case-insensitive
    expect(res.status).toBe(200);
    expect((await res.json()) as SessionInfo).toEqual({
      username: 'vera',
      role: 'viewer',
      apps: ['100001'],
      preferences: { language: null, timeZone: 'local', theme: 'system' },
    });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^imc_session=[\w-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/); // plain HTTP on loopback
    const me = await t.get('/api/session', { Cookie: t.cookieOf(res) });
    expect(((await me.json()) as SessionInfo).username).toBe('vera');
    expect((await lastAudit(t, '&event=sign_in'))[0]).toMatchObject({
      event: 'sign_in',
      operator: 'vera',
      outcome: 'ok',
      ip: '127.0.0.1',
    });
  });

  it('When the password is wrong or the user unknown, then both get the same 401 and both are audited', async () => {
    const wrong = await t.signIn(ADMIN.username, 'not-the-password');
    const unknown = await t.signIn('nobody-here', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const failures = await lastAudit(t, '&event=sign_in_failed');
    expect(failures.map((r) => r.operator)).toEqual(['nobody-here', ADMIN.username]);
    expect(JSON.stringify(failures)).not.toContain('not-the-password');
    expect(t.logs.join('')).not.toContain('not-the-password');
  });

  it('When an operator signs out, then the session ends at once and the sign-out is audited', async () => {
    const cookie = t.cookieOf(await t.signIn(ADMIN.username, ADMIN.password));
    const out = await fetch(`${t.base}/api/session`, { method: 'DELETE', headers: { Cookie: cookie } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/imc_session=;/);
    expect((await t.get('/api/session', { Cookie: cookie })).status).toBe(401);
    expect((await lastAudit(t, '&event=sign_out'))[0]?.operator).toBe(ADMIN.username);
  });

  it('When a session sits idle past the limit, then it expires; activity keeps it alive', async () => {
    const cookie = await t.operatorCookie('idle-ivan', 'viewer', ['100001']);
    t.clock.offsetMs = 5 * 60_000;
    expect((await t.get('/api/session', { Cookie: cookie })).status).toBe(200); // touched at +5 min
    t.clock.offsetMs = 14 * 60_000;
    expect((await t.get('/api/session', { Cookie: cookie })).status).toBe(200); // 9 min idle < 10
    t.clock.offsetMs = 25 * 60_000;
    expect((await t.get('/api/session', { Cookie: cookie })).status).toBe(401); // 11 min idle
    t.clock.offsetMs = 0;
  });

  it('When a session passes its absolute limit, then it expires even while active', async () => {
    const cookie = await t.operatorCookie('busy-bea', 'viewer', ['100001']);
    for (const minutes of [9, 18, 27, 36, 45, 54]) {
      t.clock.offsetMs = minutes * 60_000;
      expect((await t.get('/api/session', { Cookie: cookie })).status).toBe(200);
    }
    t.clock.offsetMs = 61 * 60_000;
    expect((await t.get('/api/session', { Cookie: cookie })).status).toBe(401);
    t.clock.offsetMs = 0;
  });

  it('When an admin disables an operator, then their session ends at once and the change is audited', async () => {
    const cookie = await t.operatorCookie('dan', 'viewer', ['100001']);
    const res = await fetch(`${t.base}/api/operators/dan`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Cookie: t.adminCookie },
      body: '{"disabled":true}',
    });
    expect(res.status).toBe(200);
    expect((await t.get('/api/session', { Cookie: cookie })).status).toBe(401);
    expect((await t.signIn('dan', 'dan-password-123')).status).toBe(403); // account_disabled, right password
    expect((await lastAudit(t, '&event=operator_changed'))[0]).toMatchObject({
      operator: ADMIN.username,
      details: { username: 'dan', disabled: true },
    });
  });
});

describe('Cross-site requests', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole();
  });
  afterAll(() => t.close());
  const lookup = JSON.stringify({
    appId: '100001',
    conversationId: '7101234567890123456',
    userIds: ['9223372036854775807'],
  });

  it('When a POST comes from another origin, then it is 403 and nothing is looked up', async () => {
    const attempts: Array<Record<string, string>> = [
      { Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site', Origin: t.base },
    ];
    for (const headers of attempts) {
      const res = await t.post('/api/lookups', lookup, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('cross_site');
    }
    expect(t.takeReceived()).toHaveLength(0);
  });

  it('When a sign-in comes from another origin, then it is refused too', async () => {
    expect((await t.signIn(ADMIN.username, ADMIN.password, { Origin: 'https://evil.example' })).status).toBe(403);
  });

  it('When the POST is same-origin, then it goes through', async () => {
    expect((await t.post('/api/lookups', lookup, { Origin: t.base, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(
      200,
    );
  });

  it('When a form-encoded body is posted, then it is 415', async () => {
    const res = await t.post('/api/session', 'username=a&password=b', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(415);
  });
});

describe('Brute force', () => {
  it('When sign-ins keep failing for one username, then it answers 429 with Retry-After, even for the right password', async () => {
    const t = await startTestConsole({
      signInLimits: { perUsername: 3, perIp: 100, perDevice: 10, windowSeconds: 60 },
    });
    try {
      for (let i = 0; i < 3; i += 1) expect((await t.signIn(ADMIN.username, 'wrong-password-x')).status).toBe(401);
      const blocked = await t.signIn(ADMIN.username, ADMIN.password);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      // Another username from the same IP is unaffected below the per-IP limit.
      await t.createOperator('other', 'other-password-1', 'viewer', []);
      expect((await t.signIn('other', 'other-password-1')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('When one IP fails across many usernames, then it answers 429', async () => {
    const t = await startTestConsole({
      signInLimits: { perUsername: 100, perIp: 4, perDevice: 10, windowSeconds: 60 },
    });
    try {
      for (let i = 0; i < 4; i += 1) await t.signIn(`user${i}`, 'wrong-password-x');
      const res = await t.signIn(ADMIN.username, ADMIN.password);
      expect(res.status).toBe(429);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('too_many_attempts');
    } finally {
      await t.close();
    }
  });
});

describe('Admin safety', () => {
  it('When an admin would disable themselves or the last admin, then it is refused', async () => {
    const t = await startTestConsole();
    try {
      const patch = (username: string, body: unknown, cookie = t.adminCookie) =>
        fetch(`${t.base}/api/operators/${username}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json', Cookie: cookie },
          body: JSON.stringify(body),
        });
      expect((await patch(ADMIN.username, { disabled: true })).status).toBe(400);
      expect((await patch(ADMIN.username, { role: 'viewer' })).status).toBe(400);
      const other = await t.operatorCookie('second-admin', 'admin', ['*']);
      // Now there are two admins: the second may disable the first, but then not itself.
      expect((await patch(ADMIN.username, { disabled: true }, other)).status).toBe(200);
      expect((await patch('second-admin', { disabled: true }, other)).status).toBe(400);
    } finally {
      await t.close();
    }
  });
});
