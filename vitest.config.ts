import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests that spawn processes or start consoles get room for a cold start on a busy 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['server/**/*.test.ts', 'client/**/*.test.ts', 'contract/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['server/testing/global-setup.ts'],
        },
      },
      {
        // Component tests: React in jsdom, the network faked at fetch (client/testing/fake-api.ts).
        extends: true,
        plugins: [react()],
        test: {
          name: 'components',
          include: ['client/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['client/testing/setup-dom.ts'],
          // Rendering MUI in jsdom is CPU-bound: seconds per test when another run shares the two cores.
          testTimeout: 60_000,
          // Each test's stub fetch goes away after it, so no test answers another's requests.
          unstubGlobals: true,
        },
      },
    ],
  },
});
