import * as client from 'openid-client';
import type { OidcSettings } from './oidc-settings';

/** Seconds for each call to the provider (discovery, token, userinfo, keys): a sign-in must not hang. */
const PROVIDER_TIMEOUT_S = 10;

/** Why a sign-in at the provider failed, as the sign-in page tells it. */
export class OidcFailure extends Error {
  constructor(
    /** `unavailable`: the provider could not be reached; `rejected`: its answer failed a check. */
    readonly kind: 'unavailable' | 'rejected',
    /** A short machine-readable reason for the audit record (never a token). */
    readonly reason: string,
  ) {
    super(`${kind}: ${reason}`);
    this.name = 'OidcFailure';
  }
}

/** openid-client's own check failures carry a code; anything else (refused, timed out, DNS) is the network. */
function toFailure(err: unknown): OidcFailure {
  if (err instanceof OidcFailure) return err;
  if (err instanceof client.AuthorizationResponseError) return new OidcFailure('rejected', `provider:${err.error}`);
  if (err instanceof client.ResponseBodyError) return new OidcFailure('rejected', `provider:${err.error}`);
  const code = (err as { code?: unknown })?.code;
  if (err instanceof client.ClientError && typeof code === 'string') {
    // A JWKS or userinfo request that could not be sent is still the provider being away.
    const cause = (err as { cause?: unknown }).cause;
    if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || cause instanceof TypeError)
      return new OidcFailure('unavailable', code);
    return new OidcFailure('rejected', code);
  }
  return new OidcFailure('unavailable', err instanceof Error ? err.name : 'unknown');
}

export interface AuthorizationStart {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * The console's one client of the identity provider (openid-client: discovery, PKCE, ID token checks with the
 * provider's JWKS, refetched when a new key ID appears). Discovery runs on first use and again after a failure, so
 * the console starts, and local break-glass sign-in works, while the provider is down.
 */
export function createOidcClient(settings: OidcSettings) {
  let discovered: Promise<client.Configuration> | null = null;

  const discover = () =>
    client.discovery(
      new URL(settings.issuer),
      settings.clientId,
      {
        // Pinned, not taken from discovery: HS256 (signed with the client secret) and `none` are never accepted.
        id_token_signed_response_alg: settings.idTokenAlg ?? 'RS256',
      },
      settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None(),
      {
        timeout: PROVIDER_TIMEOUT_S,
        execute: [
          // openid-client trusts TLS for an ID token from the token endpoint and skips its signature unless told;
          // the console checks it against the provider's JWKS (fetched again when a new key ID appears).
          client.enableNonRepudiationChecks,
          // http:// is allowed by the settings only on loopback (tests and local providers).
          ...(settings.issuer.startsWith('http:') ? [client.allowInsecureRequests] : []),
        ],
      },
    );

  async function configuration(): Promise<client.Configuration> {
    discovered ??= discover().catch((err) => {
      discovered = null;
      throw err;
    });
    try {
      return await discovered;
    } catch (err) {
      throw toFailure(err);
    }
  }

  return {
    /** Where to send the browser, with the checks to keep until it comes back. */
    async start(): Promise<AuthorizationStart> {
      const config = await configuration();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, state, nonce, codeVerifier };
    },

    /**
     * Trades the code for tokens and returns the verified ID token's claims, with the userinfo endpoint's where the
     * ID token lacks the claims the rules read. The tokens themselves go no further than this function.
     */
    async finish(
      callbackUrl: URL,
      checks: { state: string; nonce: string; codeVerifier: string },
      wanted: string[],
    ): Promise<Record<string, unknown>> {
      const config = await configuration();
      try {
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) throw new OidcFailure('rejected', 'no_id_token');
        const topLevel = (path: string) => path.split('.')[0] ?? path;
        const missing = wanted.some((path) => !(path in claims) && !(topLevel(path) in claims));
        if (!missing || !config.serverMetadata().userinfo_endpoint) return { ...claims };
        const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        // The ID token's own claims win: they are signed, userinfo is only TLS-protected.
        return { ...userinfo, ...claims };
      } catch (err) {
        throw toFailure(err);
      }
    },

    /** The provider's RP-initiated logout URL, or null when it has none (or can't be reached now). */
    async endSessionUrl(): Promise<string | null> {
      try {
        const config = await configuration();
        if (!config.serverMetadata().end_session_endpoint) return null;
        return client.buildEndSessionUrl(config, {
          client_id: settings.clientId,
          post_logout_redirect_uri: settings.postLogoutRedirectUri,
        }).href;
      } catch {
        return null;
      }
    },
  };
}

export type OidcClient = ReturnType<typeof createOidcClient>;
