import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Provider from 'oidc-provider';

/** A person at the test provider, with the groups claim it sends. */
export interface TestUser {
  username: string;
  password: string;
  email: string;
  groups: string[];
}

export const TEST_CLIENT = { id: 'im-console', secret: 'im-console-test-secret-0123456789' };

export interface TestProviderOptions {
  port: number;
  /** The console's PUBLIC_ORIGIN: it gives the registered redirect and post-logout URIs. */
  consoleOrigin: string;
  users: TestUser[];
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const loginPage = (uid: string, failed: boolean) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title>
<style>body{font-family:sans-serif;max-width:320px;margin:60px auto}label,input,button{display:block;width:100%;margin:6px 0}</style>
</head><body><main><h1>Test identity provider</h1>
${failed ? '<p role="alert">Wrong username or password</p>' : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label for="username">Username</label><input id="username" name="username" autocomplete="username">
<label for="password">Password</label><input id="password" name="password" type="password">
<button type="submit">Log in</button></form></main></body></html>`;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * A real OpenID provider (node-oidc-provider) on loopback, with test users whose `groups` claim tests can change,
 * a login page of its own (labelled fields, as a person would use it) and consent granted without a prompt.
 */
export async function startTestOidcProvider({ port, consoleOrigin, users }: TestProviderOptions) {
  const issuer = `http://127.0.0.1:${port}`;
  const people = new Map(users.map((u) => [u.username, { ...u, groups: [...u.groups] }]));
  const signingKey = {
    ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
    kid: randomUUID(),
    alg: 'RS256',
    use: 'sig',
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: [`${consoleOrigin}/api/session/oidc/callback`],
        post_logout_redirect_uris: [`${consoleOrigin}/sign-in`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: ['test-provider-cookie-key'] },
    ttl: { Interaction: 600, Grant: 3600, Session: 3600, AccessToken: 600, IdToken: 600 },
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email'],
      groups: ['groups'],
    },
    // Scope claims in the ID token too, as Okta, Entra ID and Keycloak can be set up to send groups.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const person = people.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          name: person.username,
          preferred_username: person.username,
          email: person.email,
          groups: [...person.groups],
        }),
      };
    },
    // Consent is the provider admin's business in a company; tests and the e2e flow skip its page.
    async loadExistingGrant(ctx) {
      const clientId = ctx.oidc.client?.clientId ?? '';
      const accountId = ctx.oidc.session?.accountId ?? '';
      const existing = ctx.oidc.session?.grantIdFor(clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope('openid profile email groups');
      await grant.save();
      ctx.oidc.session?.grantIdFor(clientId, grant.jti);
      return grant;
    },
  });
  const handle = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    if (req.method === 'GET' && !action) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(loginPage(uid, false));
      return;
    }
    const form = await readForm(req);
    const person = people.get(form.get('username') ?? '');
    if (!person || person.password !== form.get('password')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(loginPage(uid, true));
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: person.username } },
      {
        mergeWithLastSubmission: false,
      },
    );
  }

  const server = createServer((req, res) => {
    const match = /^\/interaction\/([^/?]+)(?:\/(login))?/.exec(req.url ?? '');
    if (!match?.[1]) return void handle(req, res);
    interaction(req, res, match[1], match[2]).catch((err: Error) => {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end(err.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    issuer,
    /** Moves someone between groups at the provider; the console learns it at their next sign-in. */
    setGroups(username: string, groups: string[]) {
      const person = people.get(username);
      if (!person) throw new Error(`no test user ${username}`);
      person.groups = [...groups];
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export type TestOidcProvider = Awaited<ReturnType<typeof startTestOidcProvider>>;
