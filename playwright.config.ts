import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';
// Playwright cannot download its browsers on our closed network, so use Debian's Chromium when it is there;
// elsewhere fall back to Playwright's own (`npx playwright install chromium`).
const executablePath = process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

const PORT = 4180;
const EMULATOR_PORT = 4181;
const DATA_DIR = '.e2e-data';
/** Served on localhost, not 127.0.0.1, so its session cookie doesn't overwrite the main server's. */
export const REASON_PORT = 4182;

/**
 * The built console as `npm start` runs it (`npm run e2e` builds first), in demo mode, on a fresh data
 * directory so each run starts with only the bootstrap admin and an empty audit log.
 */
function consoleServer(o: { port: number; emulatorPort: number; dataDir: string; reason: 'optional' | 'required' }) {
  return {
    command: `node -e "require('fs').rmSync('${o.dataDir}',{recursive:true,force:true})" && node dist/server/index.js`,
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
    },
  };
}

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
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
    consoleServer({ port: PORT, emulatorPort: EMULATOR_PORT, dataDir: DATA_DIR, reason: 'optional' }),
    // A second console that insists on a reason, for the spec that checks that setting end to end.
    consoleServer({
      port: REASON_PORT,
      emulatorPort: REASON_PORT + 1,
      dataDir: `${DATA_DIR}-reason`,
      reason: 'required',
    }),
  ],
});
