import { z } from 'zod';
import { ALL_APPS } from '../../../contract/operators';

/** Comma-separated values, trimmed, empties dropped. */
const list = z
  .string()
  .transform((raw) =>
    raw
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  )
  .optional();

const flag = z.enum(['true', 'false', '1', '0'], { error: 'must be "true" or "false"' }).optional();

/** A claim name, or a dotted path into nested claims (Keycloak's `realm_access.roles`). */
const claimPath = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_:/.-]{1,200}$/, 'must be a claim name such as groups or realm_access.roles');

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const issuerUrl = z.url({ protocol: /^https?$/, error: 'must be an https:// URL' }).refine((raw) => {
  const url = new URL(raw);
  // Plain HTTP leaks codes and tokens to the network; it is only for providers on this machine (tests, local dev).
  return url.protocol === 'https:' || LOOPBACK_HOSTS.has(url.hostname);
}, 'must be https:// (http:// only on 127.0.0.1 or localhost)');

/**
 * `OIDC_APP_GRANTS=im-support=123456|654321,im-console-admins=*`: which AppIds each claim value grants.
 * Returned as pairs so the order of the variable is the order of the audit record.
 */
const appGrants = z
  .string()
  .transform((raw, ctx) => {
    const grants: Array<[string, string[]]> = [];
    for (const entry of raw
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean)) {
      const at = entry.lastIndexOf('=');
      const value = entry.slice(0, Math.max(at, 0)).trim();
      const apps = entry
        .slice(at + 1)
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean);
      const bad = at <= 0 || apps.length === 0 || apps.some((a) => a !== ALL_APPS && !/^[1-9][0-9]{0,18}$/.test(a));
      if (bad) {
        ctx.addIssue({ code: 'custom', message: `expected "claim-value=123456|654321,other=*" (bad entry: ${entry})` });
        return z.NEVER;
      }
      grants.push([value, apps]);
    }
    return grants;
  })
  .optional();

/** The OIDC_* variables, spread into the console's env schema. */
export const oidcEnvShape = {
  OIDC_ISSUER: issuerUrl.optional(),
  OIDC_CLIENT_ID: z.string().trim().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_SCOPES: z
    .string()
    .trim()
    .refine((s) => s.split(/\s+/).includes('openid'), 'must include openid')
    .default('openid profile email'),
  OIDC_DISPLAY_NAME: z.string().trim().max(60, 'must be at most 60 characters').optional(),
  OIDC_ONLY: flag,
  OIDC_BREAK_GLASS_ADMIN: z.string().trim().optional(),
  OIDC_ROLE_CLAIM: claimPath.default('groups'),
  OIDC_ADMIN_VALUES: list,
  OIDC_VIEWER_VALUES: list,
  OIDC_APP_GRANTS: appGrants,
  OIDC_APPS_CLAIM: claimPath.optional(),
  // The ID token's signing algorithm. RS256 is what discovery-less clients assume; HS256 (signed with the client
  // secret) and none are refused whatever this says, since a leaked secret or no signature would forge identities.
  OIDC_ID_TOKEN_ALG: z
    .enum(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'], {
      error: 'must be an asymmetric JWS algorithm such as RS256 or ES256',
    })
    .optional(),
};

type OidcEnv = z.output<z.ZodObject<typeof oidcEnvShape>>;

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  scopes: string;
  /** `<PUBLIC_ORIGIN>/api/session/oidc/callback` */
  redirectUri: string;
  /** Where the provider sends the browser after RP-initiated logout. */
  postLogoutRedirectUri: string;
  displayName: string | null;
  only: boolean;
  breakGlassAdmin: string | null;
  idTokenAlg: string | null;
  rules: ClaimRules;
}

export interface ClaimRules {
  roleClaim: string;
  adminValues: string[];
  viewerValues: string[];
  appsClaim: string;
  appGrants: Array<[string, string[]]>;
}

const isOn = (value: string | undefined) => value === 'true' || value === '1';

/** Null when SSO is off; throws a message naming the variable when it is half set up. */
export function oidcSettings(
  e: OidcEnv,
  publicOrigin: string | null,
  appIds: string[],
): { settings: OidcSettings | null; problem: string | null } {
  const fail = (problem: string) => ({ settings: null, problem });
  if (!e.OIDC_ISSUER) {
    const stray = (['OIDC_CLIENT_ID', 'OIDC_ONLY', 'OIDC_BREAK_GLASS_ADMIN'] as const).find((k) => e[k]);
    return stray ? fail(`${stray} needs OIDC_ISSUER`) : { settings: null, problem: null };
  }
  if (!e.OIDC_CLIENT_ID) return fail('OIDC_CLIENT_ID is required with OIDC_ISSUER');
  if (!publicOrigin) return fail('PUBLIC_ORIGIN is required with OIDC_ISSUER (it gives the redirect URI)');
  const adminValues = e.OIDC_ADMIN_VALUES ?? [];
  const viewerValues = e.OIDC_VIEWER_VALUES ?? [];
  if (adminValues.length + viewerValues.length === 0) {
    return fail('OIDC_ADMIN_VALUES or OIDC_VIEWER_VALUES is required with OIDC_ISSUER (no one could sign in)');
  }
  const known = new Set(appIds);
  const unknown = (e.OIDC_APP_GRANTS ?? []).flatMap(([, apps]) => apps).find((a) => a !== ALL_APPS && !known.has(a));
  if (unknown) return fail(`OIDC_APP_GRANTS names AppId ${unknown}, which is not in IM_APP_IDS`);
  if (isOn(e.OIDC_ONLY) && !e.OIDC_BREAK_GLASS_ADMIN) {
    return fail('OIDC_BREAK_GLASS_ADMIN is required with OIDC_ONLY (someone must be able to sign in when SSO is down)');
  }
  return {
    problem: null,
    settings: {
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET || null,
      scopes: e.OIDC_SCOPES,
      redirectUri: `${publicOrigin}/api/session/oidc/callback`,
      postLogoutRedirectUri: `${publicOrigin}/sign-in`,
      displayName: e.OIDC_DISPLAY_NAME || null,
      only: isOn(e.OIDC_ONLY),
      breakGlassAdmin: e.OIDC_BREAK_GLASS_ADMIN || null,
      idTokenAlg: e.OIDC_ID_TOKEN_ALG ?? null,
      rules: {
        roleClaim: e.OIDC_ROLE_CLAIM,
        adminValues,
        viewerValues,
        appsClaim: e.OIDC_APPS_CLAIM ?? e.OIDC_ROLE_CLAIM,
        appGrants: e.OIDC_APP_GRANTS ?? [],
      },
    },
  };
}
