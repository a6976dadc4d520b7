import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SessionInfo } from '../../../contract/session';
import { freePort } from '../../testing/free-port';
import { startTestOidcProvider, TEST_CLIENT, type TestOidcProvider } from '../../testing/oidc-test-provider';
import { createSsoBrowser, signInWithSso } from '../../testing/sso-browser';
import { startTestConsole, type TestConsole } from '../../testing/start-test-console';

const ALICE = { username: 'alice', password: 'alice-pw', email: 'alice@example.com', groups: ['im-console-admins'] };

describe.skipIf(!inject('services').postgres)('Single sign-on on PostgreSQL', () => {
  let provider: TestOidcProvider;
  let t: TestConsole;
  beforeAll(async () => {
    const [consolePort, providerPort] = [await freePort(), await freePort()];
    const origin = `http://127.0.0.1:${consolePort}`;
    provider = await startTestOidcProvider({ port: providerPort, consoleOrigin: origin, users: [ALICE] });
    t = await startTestConsole({
      postgres: true,
      port: consolePort,
      env: {
        PUBLIC_ORIGIN: origin,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: TEST_CLIENT.id,
        OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
        OIDC_SCOPES: 'openid profile groups',
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

  it('When someone signs in twice by SSO, then one operator is made, refreshed from the claims, and each flow is used once', async () => {
    const first = await signInWithSso(createSsoBrowser(), t.base, ALICE);
    expect(first.landing).toBe('/');
    provider.setGroups('alice', ['im-support']);
    const second = await signInWithSso(createSsoBrowser(), t.base, ALICE);
    const me = (await (
      await fetch(`${t.base}/api/session`, { headers: { Cookie: `imc_session=${second.sessionCookie}` } })
    ).json()) as SessionInfo;
    expect(me).toMatchObject({ username: 'alice', role: 'viewer', apps: ['100001'], sso: true });

    const rows = await t.database.db
      .selectFrom('operators')
      .select(['username', 'sso_subject'])
      .where('sso_subject', 'is not', null)
      .execute();
    expect(rows).toEqual([{ username: 'alice', sso_subject: 'alice' }]);
    expect(await t.database.db.selectFrom('oidc_flows').selectAll().execute()).toEqual([]);
  });
});
