import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildServer } from '../../scripts/build-server';
import { NGINX } from './cluster';
import { reachable, SERVICES_COMMAND, type ServiceName, TEST_SERVICES } from './external-services';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder holding the bundled server, as `npm start` runs it, for tests that spawn it. */
    serverBundle: string;
    /** Which external services answer; tests that need a missing one are skipped (never in CI). */
    services: Record<ServiceName, boolean>;
  }
}

/**
 * Tests that spawn the server or a CLI run the bundled build, as users do, not TypeScript through tsx: a cold
 * tsx start on a busy 2-core machine takes seconds. Each run bundles into its own folder, so runs side by side
 * never share one.
 */
export default async function setup(project: TestProject) {
  // Inside the project, so the bundle's bare imports resolve from node_modules as they do under dist/.
  const cache = path.resolve('node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, 'imc-bundle-'));
  await buildServer(dir);
  project.provide('serverBundle', dir);

  const services = {
    postgres: await reachable(TEST_SERVICES.postgres),
    redis: await reachable(TEST_SERVICES.redis),
  };
  const missing = (Object.keys(services) as ServiceName[]).filter((name) => !services[name]);
  if (missing.length && process.env.CI) {
    throw new Error(
      `CI needs ${missing.join(' and ')} (${missing.map((m) => TEST_SERVICES[m]).join(', ')}); .ci/run starts them`,
    );
  }
  if (!NGINX && process.env.CI) throw new Error('CI needs nginx for the cluster test; .ci/run installs it');
  project.provide('services', services);
  return () => {
    rmSync(dir, { recursive: true, force: true });
    const skipped = [
      ...missing.map((m) => `the tests that need ${m} (nothing answers at ${TEST_SERVICES[m]})`),
      ...(NGINX ? [] : ['the cluster test (nginx is not installed)']),
    ];
    if (skipped.length) console.warn(`\n  Skipped ${skipped.join('; ')}.\n  Run them with: ${SERVICES_COMMAND}\n`);
  };
}
