import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';

const BASE = {
  PUBLIC_ORIGIN: 'https://console.example.com',
  OIDC_ISSUER: 'https://login.example.com/realms/staff',
  OIDC_CLIENT_ID: 'im-console',
  OIDC_CLIENT_SECRET: 'secret',
  OIDC_ADMIN_VALUES: 'im-console-admins',
  OIDC_VIEWER_VALUES: 'im-support, l2-support',
};

describe('OIDC settings', () => {
  it('When OIDC_ISSUER is unset, then single sign-on is off', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('When the variables are set, then the redirect URI comes from PUBLIC_ORIGIN and the defaults fill the rest', () => {
    const { oidc } = loadConfig({ ...BASE, OIDC_APP_GRANTS: 'im-support=100001|100002, im-console-admins=*' });
    expect(oidc).toMatchObject({
      issuer: BASE.OIDC_ISSUER,
      redirectUri: 'https://console.example.com/api/session/oidc/callback',
      postLogoutRedirectUri: 'https://console.example.com/sign-in',
      scopes: 'openid profile email',
      only: false,
      displayName: null,
      rules: {
        roleClaim: 'groups',
        appsClaim: 'groups',
        adminValues: ['im-console-admins'],
        viewerValues: ['im-support', 'l2-support'],
        appGrants: [
          ['im-support', ['100001', '100002']],
          ['im-console-admins', ['*']],
        ],
      },
    });
  });

  it('When the issuer is plain http, then it is accepted only on loopback', () => {
    expect(loadConfig({ ...BASE, OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidc?.issuer).toBe('http://127.0.0.1:9000');
    expect(loadConfig({ ...BASE, OIDC_ISSUER: 'http://localhost:9000/x' }).oidc?.issuer).toBe(
      'http://localhost:9000/x',
    );
    expect(() => loadConfig({ ...BASE, OIDC_ISSUER: 'http://login.example.com' })).toThrow(/OIDC_ISSUER.*https/);
  });

  it.each([
    [{ OIDC_CLIENT_ID: '' }, /OIDC_CLIENT_ID is required/],
    [{ PUBLIC_ORIGIN: '' }, /PUBLIC_ORIGIN is required/],
    [{ OIDC_ADMIN_VALUES: '', OIDC_VIEWER_VALUES: '' }, /OIDC_ADMIN_VALUES or OIDC_VIEWER_VALUES/],
    [{ OIDC_APP_GRANTS: 'im-support=999' }, /OIDC_APP_GRANTS names AppId 999/],
    [{ OIDC_APP_GRANTS: 'im-support' }, /OIDC_APP_GRANTS expected/],
    [{ OIDC_ONLY: 'true' }, /OIDC_BREAK_GLASS_ADMIN is required/],
    [{ OIDC_ONLY: 'yes' }, /OIDC_ONLY must be "true" or "false"/],
    [{ OIDC_SCOPES: 'profile email' }, /OIDC_SCOPES must include openid/],
    [{ OIDC_ID_TOKEN_ALG: 'HS256' }, /OIDC_ID_TOKEN_ALG must be an asymmetric/],
  ])('When a setting is missing or wrong (%o), then the start fails naming the variable', (change, message) => {
    expect(() => loadConfig({ ...BASE, ...change })).toThrow(message);
  });

  it('When OIDC settings are given without OIDC_ISSUER, then the start fails rather than silently ignoring them', () => {
    expect(() => loadConfig({ OIDC_ONLY: 'true' })).toThrow(/OIDC_ONLY needs OIDC_ISSUER/);
  });
});
