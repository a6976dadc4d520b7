import { build } from 'esbuild';

/** The server's entry points: what `npm start` and the CLIs run. */
export const SERVER_ENTRIES = {
  index: 'server/index.ts',
  'operators-cli': 'server/cli/operators-cli.ts',
  // A worker thread, loaded by path (server/volcengine/answer-worker-pool.ts finds it beside the bundle).
  'answer-worker': 'server/answer-worker.ts',
  // The emulator as its own process, for benchmarks and the cluster test; never loaded by the console.
  emulator: 'server/emulator/main.ts',
  'audit-cli': 'server/cli/audit-cli.ts',
};

/**
 * Bundles the server for Node, leaving packages external. Code splitting keeps what only demo mode
 * loads (the emulator, through a dynamic import) in a chunk of its own, out of the production path.
 */
export async function buildServer(outdir = 'dist/server') {
  await build({
    entryPoints: SERVER_ENTRIES,
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    sourcemap: true,
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer(process.argv[2]);
