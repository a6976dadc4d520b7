import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../contract/audit';
import { ADMIN, startTestConsole, type TestConsole } from '../testing/start-test-console';
import { DEFAULT_SIGN_IN_LIMITS } from './sign-in-limiter';

/** The device cookie a sign-in answer set, as a Cookie header value, or '' when it set none. */
const deviceCookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith('imc_device='))
    ?.split(';')[0] ?? '';
const lastAudit = async (t: TestConsole, query: string) =>
  ((await (await t.get(`/api/audit?pageSize=1&${query}`)).json()) as AuditPage).records[0];

describe('Sign-in limits cannot lock the admin out', () => {
  it("When 30 wrong passwords for admin come from one address, then the attacker gets 429 with Retry-After and the right password from the admin's earlier browser succeeds at once", async () => {
    const t = await startTestConsole({ signInLimits: DEFAULT_SIGN_IN_LIMITS });
    try {
      const adminBrowser = deviceCookieOf(await t.signIn(ADMIN.username, ADMIN.password));
      expect(adminBrowser).toMatch(/^imc_device=\S+$/);

      const attacker: Response[] = [];
      for (let i = 0; i < 30; i += 1) attacker.push(await t.signIn(ADMIN.username, `wrong-password-${i}`));
      const own = await t.signIn(ADMIN.username, ADMIN.password, { Cookie: adminBrowser });

      expect(attacker.slice(0, 5).map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
      expect(new Set(attacker.slice(5).map((r) => r.status))).toEqual(new Set([429]));
      const last = attacker.at(-1);
      expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(last?.headers.get('retry-after'))).toBeLessThanOrEqual(DEFAULT_SIGN_IN_LIMITS.windowSeconds);
      expect(own.status).toBe(200);
      expect(t.cookieOf(own)).toMatch(/^imc_session=/);
      // Without the cookie, even the right password waits: that is the attacker's view too.
      expect((await t.signIn(ADMIN.username, ADMIN.password)).status).toBe(429);
      expect(await lastAudit(t, 'event=sign_in')).toMatchObject({
        operator: ADMIN.username,
        outcome: 'ok',
        details: { trustedDevice: true },
      });
    } finally {
      await t.close();
    }
  });

  it('When a device cookie was issued for another username or was tampered with, then the attempt counts as untrusted', async () => {
    const t = await startTestConsole({
      signInLimits: { perUsername: 3, perIp: 100, perDevice: 10, windowSeconds: 60 },
    });
    try {
      await t.createOperator('vic', 'vic-password-123', 'viewer', []);
      const vicsBrowser = deviceCookieOf(await t.signIn('vic', 'vic-password-123'));
      const adminBrowser = deviceCookieOf(await t.signIn(ADMIN.username, ADMIN.password));
      // One changed character in the signature (the first: every one of its bits counts).
      const [issuedAt, nonce, signature = ''] = adminBrowser.split('.');
      const tampered = `${issuedAt}.${nonce}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
      for (const cookie of [vicsBrowser, tampered, 'imc_device=forged.value.x'])
        expect((await t.signIn(ADMIN.username, 'wrong-password-x', { Cookie: cookie })).status).toBe(401);

      for (const cookie of [vicsBrowser, tampered, ''])
        expect((await t.signIn(ADMIN.username, ADMIN.password, { Cookie: cookie })).status).toBe(429);
      expect((await t.signIn(ADMIN.username, ADMIN.password, { Cookie: adminBrowser })).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('When a trusted browser keeps failing, then its cookie is locked and further attempts count as untrusted', async () => {
    const t = await startTestConsole({ signInLimits: { perUsername: 2, perIp: 100, perDevice: 3, windowSeconds: 60 } });
    try {
      const cookie = deviceCookieOf(await t.signIn(ADMIN.username, ADMIN.password));
      const wrong = () => t.signIn(ADMIN.username, 'wrong-password-x', { Cookie: cookie });
      // 3 on the cookie, then 2 more on the username's untrusted bucket, all checked.
      for (let i = 0; i < 5; i += 1) expect((await wrong()).status).toBe(401);

      const blocked = await t.signIn(ADMIN.username, ADMIN.password, { Cookie: cookie });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await lastAudit(t, 'event=sign_in_failed')).toMatchObject({
        outcome: 'too_many_attempts',
        details: { trustedDevice: false },
      });
    } finally {
      await t.close();
    }
  });

  it('When 40 wrong passwords arrive at once from a trusted browser, then no more than its limit plus the untrusted limit are checked', async () => {
    const t = await startTestConsole({
      signInLimits: { perUsername: 5, perIp: 100, perDevice: 10, windowSeconds: 60 },
    });
    try {
      const cookie = deviceCookieOf(await t.signIn(ADMIN.username, ADMIN.password));
      const statuses = (
        await Promise.all(
          Array.from({ length: 40 }, () => t.signIn(ADMIN.username, 'wrong-password-x', { Cookie: cookie })),
        )
      ).map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(15);
      expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    } finally {
      await t.close();
    }
  });

  it("When the admin signs in from a new browser, then the attacker's earlier failures still count", async () => {
    const t = await startTestConsole({
      signInLimits: { perUsername: 5, perIp: 100, perDevice: 10, windowSeconds: 60 },
    });
    try {
      for (let i = 0; i < 4; i += 1) expect((await t.signIn(ADMIN.username, 'wrong-password-x')).status).toBe(401);
      expect((await t.signIn(ADMIN.username, ADMIN.password)).status).toBe(200);

      expect((await t.signIn(ADMIN.username, 'wrong-password-x')).status).toBe(401);
      expect((await t.signIn(ADMIN.username, 'wrong-password-x')).status).toBe(429);
    } finally {
      await t.close();
    }
  });
});

describe('Device cookie', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole({ env: { COOKIE_SECURE: 'true' } });
  });
  afterAll(() => t.close());

  it('When an operator signs in, then the device cookie is HttpOnly, SameSite=Strict, Secure, scoped to sign-in, long-lived and names no one', async () => {
    const res = await t.signIn(ADMIN.username, ADMIN.password);

    const device = res.headers.getSetCookie().find((c) => c.startsWith('imc_device=')) ?? '';
    expect(device).toMatch(/; HttpOnly/);
    expect(device).toMatch(/; SameSite=Strict/);
    expect(device).toMatch(/; Secure/);
    expect(device).toMatch(/; Path=\/api\/session(;|$)/);
    expect(Number(/Max-Age=(\d+)/.exec(device)?.[1])).toBeGreaterThanOrEqual(30 * 24 * 3600);
    const value = device.split(';')[0] ?? '';
    expect(value.toLowerCase()).not.toContain(ADMIN.username);
    expect(value).not.toContain(ADMIN.password);
  });

  it('When the device key is made, then it is random, kept in the database and never logged', () => {
    const key = t.db.prepare("SELECT secret FROM server_keys WHERE name = 'device-cookie'").pluck().get() as Buffer;

    expect(key).toHaveLength(32);
    const logs = t.logs.join('');
    for (const text of [key.toString('hex'), key.toString('base64'), key.toString('base64url')])
      expect(logs).not.toContain(text);
  });

  it('When a sign-in fails, then no device cookie is set', async () => {
    expect((await t.signIn(ADMIN.username, 'wrong-password-x')).headers.getSetCookie()).toEqual([]);
  });
});

describe('Disabled accounts', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole();
    await t.createOperator('dora', 'dora-password-123', 'viewer', ['100001']);
    await t.services.operators.update('dora', { disabled: true }, { operatorId: null, username: 'test', ip: null });
  });
  afterAll(() => t.close());

  it('When a disabled operator gives a wrong password, then the answer is the same 401 as for anyone', async () => {
    const disabled = await t.signIn('dora', 'wrong-password-x');
    const unknown = await t.signIn('nobody-here', 'wrong-password-x');

    expect(disabled.status).toBe(401);
    expect(await disabled.json()).toEqual(await unknown.json());
  });

  it('When a disabled operator gives the right password, then it is 403 account_disabled, audited, with no cookies', async () => {
    const res = await t.signIn('dora', 'dora-password-123');

    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: { code: 'account_disabled', message: 'This account is disabled. Ask your console administrator.' },
    });
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await lastAudit(t, 'operator=dora&event=sign_in_failed')).toMatchObject({
      operator: 'dora',
      outcome: 'account_disabled',
    });
  });
});

describe('NUL in sign-in', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole();
  });
  afterAll(() => t.close());

  it.each([
    ['username', { username: `${ADMIN.username}\u0000x`, password: ADMIN.password }],
    ['password', { username: ADMIN.username, password: `${ADMIN.password}\u0000` }],
  ])('When the %s holds a NUL, then it is a 400 naming it and nothing is checked or audited', async (field, body) => {
    const before = ((await (await t.get('/api/audit?pageSize=1')).json()) as AuditPage).total;

    const res = await t.post('/api/session', body, { Cookie: '' });

    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: `${field} must not contain NUL characters`,
        field,
        params: { rule: 'invalid' },
      },
    });
    expect(((await (await t.get('/api/audit?pageSize=1')).json()) as AuditPage).total).toBe(before);
  });
});
