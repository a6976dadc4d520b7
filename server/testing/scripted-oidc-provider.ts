import { createHmac, generateKeyPairSync, type KeyObject, randomUUID, sign } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the next ID token is spoiled. */
export type TokenFault =
  | 'none'
  | 'tampered'
  | 'wrong_audience'
  | 'wrong_issuer'
  | 'expired'
  | 'no_nonce'
  | 'wrong_nonce'
  | 'alg_none'
  | 'hs256_client_secret'
  | 'unknown_key';

const b64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');
const newKey = () => ({ kid: randomUUID(), ...generateKeyPairSync('rsa', { modulusLength: 2048 }) });

/**
 * A minimal OpenID provider on loopback whose token endpoint answers with ID tokens spoiled on request: the tests
 * of what the console must refuse, which a well-behaved provider (oidc-provider) never sends. It skips the login
 * page: the authorization endpoint sends the browser straight back with a code.
 */
export async function startScriptedOidcProvider(client: { id: string; secret: string }) {
  let key: { kid: string; privateKey: KeyObject; publicKey: KeyObject } = newKey();
  let fault: TokenFault = 'none';
  let claims: Record<string, unknown> = { sub: 'scripted-1', preferred_username: 'scripted', groups: ['admins'] };
  const codes = new Map<string, { nonce: string }>();

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer,
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        // Listed to tempt the client: it must still refuse both.
        id_token_signing_alg_values_supported: ['RS256', 'HS256', 'none'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (url.pathname === '/jwks') {
      return json(200, {
        keys: [{ ...key.publicKey.export({ format: 'jwk' }), kid: key.kid, alg: 'RS256', use: 'sig' }],
      });
    }
    if (url.pathname === '/auth') {
      const code = randomUUID();
      codes.set(code, { nonce: url.searchParams.get('nonce') ?? '' });
      const back = new URL(url.searchParams.get('redirect_uri') ?? '');
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      return res.writeHead(302, { Location: back.href }).end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const code = new URLSearchParams(Buffer.concat(chunks).toString()).get('code') ?? '';
      const issued = codes.get(code);
      codes.delete(code);
      if (!issued) return json(400, { error: 'invalid_grant' });
      return json(200, {
        access_token: randomUUID(),
        token_type: 'Bearer',
        expires_in: 300,
        id_token: idToken(issued.nonce),
      });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function idToken(nonce: string): string {
    const now = Math.floor(Date.now() / 1000);
    const payload: Record<string, unknown> = {
      iss: fault === 'wrong_issuer' ? 'https://evil.example.com' : issuer,
      aud: fault === 'wrong_audience' ? 'someone-else' : client.id,
      iat: fault === 'expired' ? now - 7200 : now,
      exp: fault === 'expired' ? now - 3600 : now + 300,
      ...claims,
      ...(fault === 'no_nonce' ? {} : { nonce: fault === 'wrong_nonce' ? 'not-the-nonce' : nonce }),
    };
    const alg = fault === 'alg_none' ? 'none' : fault === 'hs256_client_secret' ? 'HS256' : 'RS256';
    const header = b64url(JSON.stringify({ alg, typ: 'JWT', ...(alg === 'RS256' ? { kid: key.kid } : {}) }));
    const body = b64url(JSON.stringify(payload));
    const input = `${header}.${body}`;
    if (alg === 'none') return `${input}.`;
    if (alg === 'HS256') return `${input}.${b64url(createHmac('sha256', client.secret).update(input).digest())}`;
    const signer = fault === 'unknown_key' ? newKey().privateKey : key.privateKey;
    const signature = b64url(sign('sha256', Buffer.from(input), signer));
    if (fault !== 'tampered') return `${input}.${signature}`;
    // Signed as someone else, then their groups swapped in: the signature no longer matches.
    const forged = b64url(JSON.stringify({ ...payload, groups: ['admins'] }));
    return `${header}.${forged}.${signature}`;
  }

  return {
    issuer,
    spoilNextTokens(next: TokenFault) {
      fault = next;
    },
    setClaims(next: Record<string, unknown>) {
      claims = next;
    },
    /** A new signing key, published at once: the client must fetch the new JWKS to accept what it signs. */
    rotateKey() {
      key = newKey();
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
