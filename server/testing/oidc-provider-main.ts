import { startTestOidcProvider } from './oidc-test-provider';

/**
 * The test OpenID provider as a process of its own, for Playwright's webServer: `OIDC_TEST_PORT` and the console's
 * `OIDC_TEST_CONSOLE_ORIGIN`. Its people are e2e/oidc.spec.ts's.
 */
const port = Number(process.env.OIDC_TEST_PORT);
const consoleOrigin = process.env.OIDC_TEST_CONSOLE_ORIGIN ?? '';
const provider = await startTestOidcProvider({
  port,
  consoleOrigin,
  users: [
    { username: 'alice', password: 'alice-sso-password', email: 'alice@example.com', groups: ['im-console-admins'] },
    { username: 'victor', password: 'victor-sso-password', email: 'victor@example.com', groups: ['im-support'] },
    { username: 'nina', password: 'nina-sso-password', email: 'nina@example.com', groups: ['staff'] },
    // Disabled by an admin in one spec; kept apart so the others can sign in as victor.
    { username: 'wendy', password: 'wendy-sso-password', email: 'wendy@example.com', groups: ['im-support'] },
  ],
});
console.log(`test OpenID provider at ${provider.issuer}`);
const stop = () => void provider.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
