import { ALL_APPS } from '../../../contract/operators';
import type { OperatorRole } from '../../../contract/session';
import type { ClaimRules } from './oidc-settings';

/** What a sign-in is granted, and which claim values granted it (for the audit record). */
export type ClaimGrant =
  | {
      granted: true;
      role: OperatorRole;
      /** AppIds, or ["*"] for every app the console serves. */
      apps: string[];
      /** The role claim's values that granted the role. */
      roleValues: string[];
      /** The apps claim's values that granted apps. */
      appValues: string[];
    }
  | { granted: false; seen: string[] };

/** Follows a dotted path (`realm_access.roles`); a claim whose own name has dots is found first. */
function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let here: unknown = claims;
  for (const key of path.split('.')) {
    if (typeof here !== 'object' || here === null || Array.isArray(here)) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

/** A claim's values: providers send an array of strings, or one string for a single value. */
export function claimValues(claims: Record<string, unknown>, path: string): string[] {
  const value = claimAt(claims, path);
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/**
 * Turns a provider's claims into a role and apps. Admin wins over viewer; apps are the union of every matching
 * grant, and any `*` grant makes it every app. Someone whose role claim matches neither list is refused, even
 * when the apps claim would grant apps: no role, no entry.
 */
export function mapClaims(claims: Record<string, unknown>, rules: ClaimRules): ClaimGrant {
  const roleClaim = claimValues(claims, rules.roleClaim);
  const admin = roleClaim.filter((v) => rules.adminValues.includes(v));
  const viewer = roleClaim.filter((v) => rules.viewerValues.includes(v));
  if (admin.length === 0 && viewer.length === 0) return { granted: false, seen: roleClaim.slice(0, 50) };

  const appClaim = new Set(claimValues(claims, rules.appsClaim));
  const matching = rules.appGrants.filter(([value]) => appClaim.has(value));
  const apps = new Set(matching.flatMap(([, ids]) => ids));
  return {
    granted: true,
    role: admin.length > 0 ? 'admin' : 'viewer',
    apps: apps.has(ALL_APPS) ? [ALL_APPS] : [...apps],
    roleValues: admin.length > 0 ? admin : viewer,
    appValues: matching.map(([value]) => value),
  };
}
