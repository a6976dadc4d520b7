import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../../contract/audit';
import { freePort } from '../../testing/free-port';
import { startTestOidcProvider, TEST_CLIENT, type TestOidcProvider } from '../../testing/oidc-test-provider';
import { createSsoBrowser, signInWithSso } from '../../testing/sso-browser';
import { startTestConsole, type TestConsole } from '../../testing/start-test-console';
import { DEFAULT_SSO_LIMITS } from './sso-ip-limiter';

const VICTOR = { username: 'victor', password: 'victor-pw', email: 'victor@example.com', groups: ['im-support'] };

let provider: TestOidcProvider;
let t: TestConsole;

beforeAll(async () => {
  const [consolePort, providerPort] = [await freePort(), await freePort()];
  const origin = `http://127.0.0.1:${consolePort}`;
  provider = await startTestOidcProvider({ port: providerPort, consoleOrigin: origin, users: [VICTOR] });
  t = await startTestConsole({
    port: consolePort,
    env: {
      PUBLIC_ORIGIN: origin,
      // Each test plays clients at their own addresses, as a reverse proxy on loopback would name them.
      TRUST_PROXY: 'loopback',
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: TEST_CLIENT.id,
      OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
      OIDC_SCOPES: 'openid profile email groups',
      OIDC_VIEWER_VALUES: 'im-support',
      OIDC_APP_GRANTS: 'im-support=100001',
    },
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await provider?.close();
});

const fromIp = (ip: string, path: string) =>
  fetch(`${t.base}${path}`, { redirect: 'manual', headers: { 'X-Forwarded-For': ip } });
/** Where each of `n` requests from `ip` to `path` was sent, in order. */
const landings = async (ip: string, path: string, n: number) => {
  const places: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const res = await fromIp(ip, path);
    const location = new URL(res.headers.get('location') ?? '', t.base);
    places.push(location.origin === t.base ? `${location.pathname}${location.search}` : location.origin);
  }
  return places;
};
const limitRecords = async (ip: string) =>
  ((await (await t.get('/api/audit?event=sign_in_failed&pageSize=100')).json()) as AuditPage).records.filter(
    (r) => r.ip === ip && r.outcome === 'too_many_attempts',
  );

describe('Rate limit on single sign-on, per client IP', () => {
  it('When one IP starts more single sign-ons in a minute than the limit, then the extra ones land on the sign-in page with too_many_attempts, once audited, and another IP still reaches the provider', async () => {
    const { perIp } = DEFAULT_SSO_LIMITS;
    const places = await landings('203.0.113.10', '/api/session/oidc/start', perIp + 2);

    expect(places.slice(0, perIp)).toEqual(Array(perIp).fill(provider.issuer));
    expect(places.slice(perIp)).toEqual(Array(2).fill('/sign-in?error=too_many_attempts'));
    const refused = await fromIp('203.0.113.10', '/api/session/oidc/start');
    expect(refused.headers.getSetCookie().some((c) => c.startsWith('imc_oidc='))).toBe(false);
    // One record for the flood, not one per request.
    expect(await limitRecords('203.0.113.10')).toMatchObject([
      { operator: null, details: { method: 'oidc', provider: provider.issuer, step: 'start' } },
    ]);
    expect(await landings('203.0.113.11', '/api/session/oidc/start', 1)).toEqual([provider.issuer]);
  });

  it('When one IP calls back more often than the limit, then the extra callbacks are refused with too_many_attempts, and a person elsewhere still signs in', async () => {
    const { perIp } = DEFAULT_SSO_LIMITS;
    const places = await landings('203.0.113.20', '/api/session/oidc/callback?code=x&state=y', perIp + 1);

    // Callbacks without a flow of their own fail as before, until the limit refuses them outright.
    expect(places.slice(0, perIp)).toEqual(Array(perIp).fill('/sign-in?error=sso_failed'));
    expect(places[perIp]).toBe('/sign-in?error=too_many_attempts');
    expect(await limitRecords('203.0.113.20')).toMatchObject([{ details: { step: 'callback' } }]);

    const { landing, sessionCookie } = await signInWithSso(createSsoBrowser(), t.base, VICTOR);
    expect(landing).toBe('/');
    expect(sessionCookie).toBeTruthy();
  });
});

describe('When the shared store of the limits is unreachable', () => {
  it('then SSO sign-ins land on the sign-in page as unavailable rather than go on uncounted', async () => {
    const port = await freePort();
    const down = await startTestConsole({
      port,
      env: {
        PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
        REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: TEST_CLIENT.id,
        OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
        OIDC_VIEWER_VALUES: 'im-support',
      },
    });
    try {
      const res = await fetch(`${down.base}/api/session/oidc/start`, { redirect: 'manual' });
      expect(res.headers.get('location')).toBe('/sign-in?error=sso_unavailable');
      const logged = await down.waitFor(() =>
        down.logs.join('').includes('the shared rate-limit store is unavailable') ? true : undefined,
      );
      expect(logged).toBe(true);
    } finally {
      await down.close();
    }
  });
});
