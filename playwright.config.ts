import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';
// Playwright cannot download its browsers on our closed network, so use Debian's Chromium when it is there;
// elsewhere fall back to Playwright's own (`npx playwright install chromium`).
const executablePath = process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

const PORT = 4180;
const EMULATOR_PORT = 4181;
const DATA_DIR = '.e2e-data';

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
  webServer: {
    // `npm run e2e` builds first; this serves the built client and server, as `npm start` does, on a fresh data
    // directory so each run starts with only the bootstrap admin and an empty audit log.
    command: `node -e "require('fs').rmSync('${DATA_DIR}',{recursive:true,force:true})" && node dist/server/index.js`,
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      EMULATOR_PORT: String(EMULATOR_PORT),
      // Lets specs inject upstream faults into the emulator.
      EMULATOR_CONTROL: '1',
      // Empty credentials force demo mode, even if the developer's shell has real ones.
      VOLC_ACCESSKEY: '',
      DATA_DIR,
      // The bootstrap admin (e2e/fixtures.ts signs in with it); the viewer is created through the API.
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD: 'e2e-admin-password',
      // Specs add their reason where they test it; pin the default against the developer's shell.
      LOOKUP_REASON: 'optional',
    },
  },
});
