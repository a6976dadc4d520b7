import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'client/**/*.test.ts', 'contract/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['server/testing/global-setup.ts'],
    // Tests that spawn processes or start consoles get room for a cold start on a busy 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
