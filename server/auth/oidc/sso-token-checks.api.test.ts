import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuditPage } from '../../../contract/audit';
import { freePort } from '../../testing/free-port';
import { startScriptedOidcProvider, type TokenFault } from '../../testing/scripted-oidc-provider';
import { createSsoBrowser, signInWithSso } from '../../testing/sso-browser';
import { ADMIN, startTestConsole, type TestConsole } from '../../testing/start-test-console';

const CLIENT = { id: 'im-console', secret: 'scripted-client-secret-0123456789' };
let provider: Awaited<ReturnType<typeof startScriptedOidcProvider>>;
let t: TestConsole;

beforeAll(async () => {
  provider = await startScriptedOidcProvider(CLIENT);
  const port = await freePort();
  t = await startTestConsole({
    port,
    env: {
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.id,
      OIDC_CLIENT_SECRET: CLIENT.secret,
      OIDC_ADMIN_VALUES: 'admins',
    },
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await provider?.close();
});

const PERSON = { username: 'scripted', password: 'unused' };
const lastFailure = async () =>
  ((await (await t.get('/api/audit?event=sign_in_failed&pageSize=1')).json()) as AuditPage).records[0];

describe('The console checks every ID token', () => {
  it('When the provider sends a good token, then the sign-in works (the baseline for the refusals below)', async () => {
    provider.spoilNextTokens('none');
    provider.setClaims({ sub: 'scripted-1', preferred_username: 'scripted', groups: ['admins'] });
    expect((await signInWithSso(createSsoBrowser(), t.base, PERSON)).landing).toBe('/');
  });

  const spoiled: Array<[TokenFault, string]> = [
    ['tampered', 'its payload was changed after signing'],
    ['wrong_audience', 'it was issued to another client'],
    ['wrong_issuer', 'another issuer signed it'],
    ['expired', 'it has expired'],
    ['no_nonce', 'it carries no nonce'],
    ['wrong_nonce', 'its nonce is not this flow’s'],
    ['alg_none', 'it is unsigned (alg none)'],
    ['hs256_client_secret', 'it is signed with the client secret (HS256)'],
    ['unknown_key', 'a key the provider does not publish signed it'],
  ];
  for (const [fault, why] of spoiled) {
    it(`When the ID token is bad because ${why}, then the sign-in is refused and audited, and no session is made`, async () => {
      provider.setClaims({ sub: `scripted-${fault}`, preferred_username: `mallory-${fault}`, groups: ['staff'] });
      provider.spoilNextTokens(fault);
      const { landing, sessionCookie } = await signInWithSso(createSsoBrowser(), t.base, PERSON);

      expect(landing).toBe('/sign-in?error=sso_failed');
      expect(sessionCookie).toBeNull();
      expect(await lastFailure()).toMatchObject({
        outcome: 'sso_invalid_response',
        details: { method: 'oidc', provider: provider.issuer },
      });
      const list = (await (await t.get('/api/operators')).json()) as Array<{ username: string }>;
      expect(list.map((o) => o.username)).not.toContain(`mallory-${fault}`);
    });
  }

  it('When the provider rotates its signing key, then a token with the new key ID makes the console fetch the keys again and the sign-in works', async () => {
    provider.spoilNextTokens('none');
    provider.setClaims({ sub: 'scripted-1', preferred_username: 'scripted', groups: ['admins'] });
    provider.rotateKey();
    // openid-client refetches the JWKS for an unknown key ID at most once a minute (so forged key IDs can't make
    // it hammer the provider); only the clock moves past that, nothing waits.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 61_000);
      expect((await signInWithSso(createSsoBrowser(), t.base, PERSON)).landing).toBe('/');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('When the provider is unreachable', () => {
  it('Then SSO answers with a clear error, the console stays up and the local admin still signs in', async () => {
    const port = await freePort();
    const closed = await freePort();
    const down = await startTestConsole({
      port,
      env: {
        PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
        OIDC_ISSUER: `http://127.0.0.1:${closed}`,
        OIDC_CLIENT_ID: CLIENT.id,
        OIDC_ADMIN_VALUES: 'admins',
        OIDC_ONLY: 'true',
        OIDC_BREAK_GLASS_ADMIN: ADMIN.username,
      },
    });
    try {
      const start = await fetch(`${down.base}/api/session/oidc/start`, { redirect: 'manual' });
      expect(start.status).toBe(303);
      expect(start.headers.get('location')).toBe('/sign-in?error=sso_unavailable');
      expect(down.logs.join('')).toMatch(/identity provider unavailable/);

      expect((await down.signIn(ADMIN.username, ADMIN.password)).status).toBe(200);
      expect(await (await fetch(`${down.base}/api/session/options`)).json()).toEqual({
        sso: { displayName: null },
        passwordForm: false,
      });
      const logout = await fetch(`${down.base}/api/session/oidc/logout`, { redirect: 'manual' });
      expect(logout.headers.get('location')).toBe('/sign-in');
    } finally {
      await down.close();
    }
  });
});

describe('OIDC_ONLY', () => {
  it('When anyone but the break-glass admin signs in with a password, then it is refused before the password is checked, and audited', async () => {
    const port = await freePort();
    const only = await startTestConsole({
      port,
      env: {
        PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: CLIENT.id,
        OIDC_CLIENT_SECRET: CLIENT.secret,
        OIDC_ADMIN_VALUES: 'admins',
        OIDC_ONLY: 'true',
        OIDC_BREAK_GLASS_ADMIN: ADMIN.username.toUpperCase(),
      },
    });
    try {
      await only.createOperator('local-vera', 'local-vera-password', 'viewer', ['*']);
      const refused = await only.signIn('local-vera', 'local-vera-password');
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('password_sign_in_disabled');
      expect(only.cookieOf(refused)).toBe('');
      const [record] = ((await (await only.get('/api/audit?event=sign_in_failed&pageSize=1')).json()) as AuditPage)
        .records;
      expect(record).toMatchObject({ operator: 'local-vera', outcome: 'password_sign_in_disabled' });

      expect((await only.signIn(ADMIN.username, ADMIN.password)).status).toBe(200);
      provider.spoilNextTokens('none');
      provider.setClaims({ sub: 'scripted-1', preferred_username: 'scripted', groups: ['admins'] });
      expect((await signInWithSso(createSsoBrowser(), only.base, PERSON)).landing).toBe('/');
    } finally {
      await only.close();
    }
  });
});
