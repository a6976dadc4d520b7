import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildServer } from '../../scripts/build-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder holding the bundled server, as `npm start` runs it, for tests that spawn it. */
    serverBundle: string;
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
  return () => rmSync(dir, { recursive: true, force: true });
}
