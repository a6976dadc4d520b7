import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../../contract/audit';
import type { SessionInfo } from '../../../contract/session';
import { freePort } from '../../testing/free-port';
import { startTestOidcProvider, TEST_CLIENT, type TestOidcProvider } from '../../testing/oidc-test-provider';
import { createSsoBrowser, signInWithSso } from '../../testing/sso-browser';
import { startTestConsole, type TestConsole } from '../../testing/start-test-console';

const PEOPLE = {
  alice: { username: 'alice', password: 'alice-pw', email: 'alice@example.com', groups: ['im-console-admins'] },
  victor: { username: 'victor', password: 'victor-pw', email: 'victor@example.com', groups: ['im-support', 'staff'] },
  nina: { username: 'nina', password: 'nina-pw', email: 'nina@example.com', groups: ['staff'] },
};

let provider: TestOidcProvider;
let t: TestConsole;

beforeAll(async () => {
  const [consolePort, providerPort] = [await freePort(), await freePort()];
  const origin = `http://127.0.0.1:${consolePort}`;
  provider = await startTestOidcProvider({ port: providerPort, consoleOrigin: origin, users: Object.values(PEOPLE) });
  t = await startTestConsole({
    port: consolePort,
    env: {
      PUBLIC_ORIGIN: origin,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: TEST_CLIENT.id,
      OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
      OIDC_SCOPES: 'openid profile email groups',
      OIDC_DISPLAY_NAME: 'Example Corp',
      OIDC_ADMIN_VALUES: 'im-console-admins',
      OIDC_VIEWER_VALUES: 'im-support',
      OIDC_APP_GRANTS: 'im-support=100001,im-console-admins=*',
    },
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await provider?.close();
});

const session = async (cookie: string | null) =>
  (await (
    await fetch(`${t.base}/api/session`, { headers: { Cookie: `imc_session=${cookie}` } })
  ).json()) as SessionInfo;
const audit = async (query: string) => ((await (await t.get(`/api/audit?${query}`)).json()) as AuditPage).records;

describe('Single sign-on with a real OpenID provider', () => {
  it('When the sign-in page asks how to sign in, then it hears SSO is on, with its name, and the password form too', async () => {
    const res = await fetch(`${t.base}/api/session/options`);
    expect(await res.json()).toEqual({ sso: { displayName: 'Example Corp' }, passwordForm: true });
  });

  it('When a support agent signs in at the provider, then they land in the console as a viewer of the mapped app, and the sign-in is audited with provider, sub and the granting claims', async () => {
    const browser = createSsoBrowser();
    const { landing, sessionCookie } = await signInWithSso(browser, t.base, PEOPLE.victor);

    expect(landing).toBe('/');
    expect(sessionCookie).toBeTruthy();
    expect(await session(sessionCookie)).toMatchObject({
      username: 'victor',
      role: 'viewer',
      apps: ['100001'],
      sso: true,
    });
    const [record] = await audit('event=sign_in&operator=victor&pageSize=1');
    expect(record).toMatchObject({
      outcome: 'ok',
      details: {
        method: 'oidc',
        provider: provider.issuer,
        sub: 'victor',
        role: 'viewer',
        roleClaim: { groups: ['im-support'] },
        appsClaim: { groups: ['im-support'] },
      },
    });
    // No token from the provider reached the browser's jar or the audit trail.
    expect(browser.cookies(t.base)).not.toMatch(/eyJ/);
    expect(JSON.stringify(record)).not.toMatch(/eyJ/);
  });

  it('When the sign-in started from a console page, then it ends there; a return address elsewhere is ignored', async () => {
    const browser = createSsoBrowser();
    const back = await signInWithSso(browser, t.base, PEOPLE.alice, '/audit?event=lookup');
    expect(back.landing).toBe('/audit?event=lookup');
    const elsewhere = await signInWithSso(createSsoBrowser(), t.base, PEOPLE.alice, '//evil.example/x');
    expect(elsewhere.landing).toBe('/');
  });

  it('When an admin is removed from the admin group, then they are a viewer at their next sign-in', async () => {
    const first = await signInWithSso(createSsoBrowser(), t.base, PEOPLE.alice);
    expect(await session(first.sessionCookie)).toMatchObject({ role: 'admin', apps: ['100001', '100002'] });

    provider.setGroups('alice', ['im-support']);
    const second = await signInWithSso(createSsoBrowser(), t.base, PEOPLE.alice);
    expect(await session(second.sessionCookie)).toMatchObject({ username: 'alice', role: 'viewer', apps: ['100001'] });
    const list = (await (await t.get('/api/operators')).json()) as Array<{ username: string; sso?: boolean }>;
    expect(list.filter((o) => o.username.startsWith('alice'))).toMatchObject([{ username: 'alice', sso: true }]);
    expect(list.find((o) => o.username === 'root-admin')?.sso).toBeUndefined();
  });

  it('When someone has no matching group, then they are refused with a clear error and the refusal is audited', async () => {
    const browser = createSsoBrowser();
    const { landing, sessionCookie } = await signInWithSso(browser, t.base, PEOPLE.nina);

    expect(landing).toBe('/sign-in?error=sso_refused');
    expect(sessionCookie).toBeNull();
    const [record] = await audit('event=sign_in_failed&operator=nina&pageSize=1');
    expect(record).toMatchObject({
      outcome: 'sso_no_matching_claim',
      details: { method: 'oidc', provider: provider.issuer, sub: 'nina', claim: 'groups', values: ['staff'] },
    });
    const list = (await (await t.get('/api/operators')).json()) as Array<{ username: string }>;
    expect(list.map((o) => o.username)).not.toContain('nina');
  });

  it('When an admin disables an SSO operator, then their next SSO sign-in is refused as disabled', async () => {
    await signInWithSso(createSsoBrowser(), t.base, PEOPLE.victor);
    const res = await fetch(`${t.base}/api/operators/victor`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Cookie: t.adminCookie },
      body: JSON.stringify({ disabled: true }),
    });
    expect(res.status).toBe(200);

    const { landing, sessionCookie } = await signInWithSso(createSsoBrowser(), t.base, PEOPLE.victor);
    expect(landing).toBe('/sign-in?error=account_disabled');
    expect(sessionCookie).toBeNull();
    expect((await audit('event=sign_in_failed&operator=victor&pageSize=1'))[0]).toMatchObject({
      outcome: 'account_disabled',
    });
  });

  it('When the callback is replayed with the same flow cookie, then the second one is refused', async () => {
    const browser = createSsoBrowser();
    const landsOnCallback = (url: URL) => url.pathname === '/api/session/oidc/callback';
    const step = await browser.follow(`${t.base}/api/session/oidc/start`, undefined, landsOnCallback);
    const form = /action="([^"]+)"/.exec(await step.res.text())?.[1] ?? '';
    const login = await browser.follow(
      new URL(form, step.url).href,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(PEOPLE.alice).toString(),
      },
      landsOnCallback,
    );
    const callback = login.next?.href ?? '';
    const flowCookie = browser.cookie(t.base, 'imc_oidc') ?? '';
    expect(flowCookie).not.toBe('');

    const once = await fetch(callback, { redirect: 'manual', headers: { Cookie: `imc_oidc=${flowCookie}` } });
    const twice = await fetch(callback, { redirect: 'manual', headers: { Cookie: `imc_oidc=${flowCookie}` } });
    const noCookie = await fetch(callback, { redirect: 'manual' });

    expect(once.headers.get('location')).toBe('/');
    expect(twice.headers.get('location')).toBe('/sign-in?error=sso_failed');
    expect(twice.headers.getSetCookie().some((c) => c.startsWith('imc_session='))).toBe(false);
    expect(noCookie.headers.get('location')).toBe('/sign-in?error=sso_failed');
    // The one-time code never reaches the request log.
    const code = new URL(callback).searchParams.get('code') ?? '';
    expect(code).not.toBe('');
    await t.waitFor(() => (t.logs.join('').includes('oidc/callback') ? true : undefined));
    expect(t.logs.join('')).not.toContain(code);
    expect(t.logs.join('')).toContain('oidc/callback?code=%5Bredacted%5D');
    expect((await audit('event=sign_in_failed&pageSize=1'))[0]).toMatchObject({ outcome: 'sso_state_invalid' });
  });

  it('When the provider offers RP-initiated logout, then the logout route sends the browser there with the return address', async () => {
    const res = await fetch(`${t.base}/api/session/oidc/logout`, { redirect: 'manual' });
    const target = new URL(res.headers.get('location') ?? '');
    expect(target.origin).toBe(provider.issuer);
    expect(target.searchParams.get('client_id')).toBe(TEST_CLIENT.id);
    expect(target.searchParams.get('post_logout_redirect_uri')).toBe(`${t.base}/sign-in`);
  });

  it('When an admin sets a password for an SSO operator, then it is refused: they have none here', async () => {
    await signInWithSso(createSsoBrowser(), t.base, PEOPLE.alice);
    const res = await fetch(`${t.base}/api/operators/alice`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Cookie: t.adminCookie },
      body: JSON.stringify({ resetPassword: true }),
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { params: unknown } }).error.params).toEqual({ rule: 'sso_account' });
  });

  it('When an SSO operator tries the password form, then it is the same 401 as a wrong password', async () => {
    const res = await t.signIn('alice', '');
    expect([400, 401]).toContain(res.status);
    expect((await t.signIn('alice', 'any-password-at-all')).status).toBe(401);
  });
});
