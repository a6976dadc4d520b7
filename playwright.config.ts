import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { PORTS } from './e2e/ports';

const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';
// Playwright cannot download its browsers on our closed network, so use Debian's Chromium when it is there;
// elsewhere fall back to Playwright's own (`npx playwright install chromium`).
const executablePath = process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

// Per run, outside the checkout: two runs never share a database, and nothing is left in the tree.
const DATA_DIR = path.join(tmpdir(), `imc-e2e-${PORTS.console}`);

/**
 * The built console as `npm start` runs it (`npm run e2e` builds first), in demo mode, on a fresh data
 * directory so each run starts with only the bootstrap admin and an empty audit log.
 */
function consoleServer(o: {
  port: number;
  emulatorPort: number;
  dataDir: string;
  reason: 'optional' | 'required';
  env?: Record<string, string>;
}) {
  return {
    command: `node -e "require('fs').rmSync(process.argv[1],{recursive:true,force:true})" "${o.dataDir}" && node dist/server/index.js`,
    url: `http://127.0.0.1:${o.port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(o.port),
      HOST: '127.0.0.1',
      EMULATOR_PORT: String(o.emulatorPort),
      // Lets specs inject upstream faults into the emulator.
      EMULATOR_CONTROL: '1',
      // Empty credentials force demo mode, even if the developer's shell has real ones.
      VOLC_ACCESSKEY: '',
      DATA_DIR: o.dataDir,
      // The bootstrap admin (e2e/fixtures.ts signs in with it); the viewer is created through the API.
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD: 'e2e-admin-password',
      LOOKUP_REASON: o.reason,
      ...o.env,
    },
  };
}

const SSO_ORIGIN = `http://127.0.0.1:${PORTS.ssoConsole}`;
/** The console of e2e/oidc.spec.ts: single sign-on with the test provider (server/testing/oidc-provider-main.ts). */
const SSO_ENV = {
  PUBLIC_ORIGIN: SSO_ORIGIN,
  OIDC_ISSUER: `http://127.0.0.1:${PORTS.ssoProvider}`,
  OIDC_CLIENT_ID: 'im-console',
  OIDC_CLIENT_SECRET: 'im-console-test-secret-0123456789',
  OIDC_SCOPES: 'openid profile email groups',
  OIDC_DISPLAY_NAME: 'Example Corp',
  OIDC_ADMIN_VALUES: 'im-console-admins',
  OIDC_VIEWER_VALUES: 'im-support',
  OIDC_APP_GRANTS: 'im-support=100001,im-console-admins=*',
};

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  // Assertions wait for a state, never for a time, so generous limits cost a passing run nothing; on a busy 2-core
  // machine (or beside another run) a lazy chunk or a cold server can take seconds.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORTS.console}`,
    trace: 'retain-on-failure',
    video: 'off',
    locale: 'en-US',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath,
      // Keep Chromium off the network: it would otherwise try to reach Google's hosts.
      args: ['--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
    },
  },
  webServer: [
    consoleServer({ port: PORTS.console, emulatorPort: PORTS.emulator, dataDir: DATA_DIR, reason: 'optional' }),
    // A second console that insists on a reason, for the spec that checks that setting end to end.
    consoleServer({
      port: PORTS.reasonConsole,
      emulatorPort: PORTS.reasonEmulator,
      dataDir: `${DATA_DIR}-reason`,
      reason: 'required',
    }),
    consoleServer({
      port: PORTS.ssoConsole,
      emulatorPort: PORTS.ssoEmulator,
      dataDir: `${DATA_DIR}-sso`,
      reason: 'optional',
      env: SSO_ENV,
    }),
    {
      command: 'node --import tsx server/testing/oidc-provider-main.ts',
      url: `http://127.0.0.1:${PORTS.ssoProvider}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { OIDC_TEST_PORT: String(PORTS.ssoProvider), OIDC_TEST_CONSOLE_ORIGIN: SSO_ORIGIN },
    },
  ],
});
