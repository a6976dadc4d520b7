import { describe, expect, it } from 'vitest';
import { mapClaims } from './claim-mapping';
import type { ClaimRules } from './oidc-settings';

const rules: ClaimRules = {
  roleClaim: 'groups',
  adminValues: ['im-console-admins'],
  viewerValues: ['im-support'],
  appsClaim: 'groups',
  appGrants: [
    ['im-support', ['123456', '654321']],
    ['im-console-admins', ['*']],
    ['eu-support', ['777']],
  ],
};

describe('mapClaims', () => {
  it('When the groups hold the viewer value, then the role is viewer with the apps that value grants', () => {
    expect(mapClaims({ groups: ['staff', 'im-support'] }, rules)).toEqual({
      granted: true,
      role: 'viewer',
      apps: ['123456', '654321'],
      roleValues: ['im-support'],
      appValues: ['im-support'],
    });
  });

  it('When the groups hold both role values, then admin wins and any "*" grant means every app', () => {
    expect(mapClaims({ groups: ['im-support', 'im-console-admins'] }, rules)).toMatchObject({
      role: 'admin',
      apps: ['*'],
      roleValues: ['im-console-admins'],
      appValues: ['im-support', 'im-console-admins'],
    });
  });

  it('When several grants match, then the apps are their union without duplicates', () => {
    expect(mapClaims({ groups: ['im-support', 'eu-support'] }, rules)).toMatchObject({
      apps: ['123456', '654321', '777'],
    });
  });

  it('When no role value matches, then the sign-in is refused and the values seen are reported', () => {
    expect(mapClaims({ groups: ['eu-support', 'staff'] }, rules)).toEqual({
      granted: false,
      seen: ['eu-support', 'staff'],
    });
    expect(mapClaims({}, rules)).toEqual({ granted: false, seen: [] });
    expect(mapClaims({ groups: 42 }, rules)).toEqual({ granted: false, seen: [] });
  });

  it('When the claim is one string or sits in a nested object, then it is read all the same', () => {
    expect(mapClaims({ groups: 'im-support' }, rules)).toMatchObject({ role: 'viewer' });
    const keycloak = { ...rules, roleClaim: 'realm_access.roles', appsClaim: 'apps' };
    expect(
      mapClaims({ realm_access: { roles: ['im-console-admins'] }, apps: ['eu-support', 7] }, keycloak),
    ).toMatchObject({ role: 'admin', apps: ['777'], appValues: ['eu-support'] });
  });

  it('When the apps claim differs from the role claim, then apps come only from it', () => {
    const split = { ...rules, appsClaim: 'app_groups' };
    expect(mapClaims({ groups: ['im-support'], app_groups: [] }, split)).toMatchObject({
      role: 'viewer',
      apps: [],
      appValues: [],
    });
  });
});
