import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnswerOutcome } from './answer';

export interface WorkerJob {
  reader: string;
  context: unknown;
  bytes: Uint8Array;
  httpStatus: number;
  statusText: string;
}

/**
 * Starts the worker entry: from the bundle beside this code when built, or from source through tsx (tests and
 * `npm run dev`), which a worker must register itself before it can import TypeScript.
 */
function startWorker(resourceLimits: { maxOldGenerationSizeMb: number }): Worker {
  if (import.meta.url.endsWith('.ts')) {
    // require.resolve finds tsx's CommonJS build of the API; its ES module twin sits beside it.
    const tsx = pathToFileURL(
      createRequire(import.meta.url)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs'),
    ).href;
    const entry = new URL('../answer-worker.ts', import.meta.url).href;
    const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(boot, { eval: true, resourceLimits });
  }
  // Bundled code may sit in dist/server/ or in a shared chunk one folder below it.
  for (const candidate of ['./answer-worker.js', '../answer-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return new Worker(url, { resourceLimits });
  }
  throw new Error('answer-worker.js is missing from the server build');
}

const IDLE_MS = 30_000;
// Parsing a hostile answer of UPSTREAM_MAX_BYTES builds a large object graph; past this, the worker dies, not us.
const WORKER_HEAP_MB = 512;

/**
 * Parses big upstream answers on a worker thread, one at a time, so that a gateway sending megabytes never stalls
 * the event loop that serves everyone else. Started on first use; stopped when idle.
 */
export function createAnswerWorkerPool() {
  let worker: Worker | null = null;
  let idleTimer: NodeJS.Timeout | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (o: AnswerOutcome<unknown>) => void; reject: (e: Error) => void }>();

  function start(): Worker {
    const w = startWorker({ maxOldGenerationSizeMb: WORKER_HEAP_MB });
    w.on('message', ({ id, outcome }: { id: number; outcome: AnswerOutcome<unknown> }) => {
      pending.get(id)?.resolve(outcome);
      pending.delete(id);
      scheduleIdleStop();
    });
    // A crash (out of memory on a pathological answer) fails what it was doing; the next job gets a fresh worker.
    const failAll = (err: Error) => {
      for (const job of pending.values()) job.reject(err);
      pending.clear();
      if (worker === w) worker = null;
    };
    w.on('error', failAll);
    w.on('exit', (code) => failAll(new Error(`answer worker exited with code ${code}`)));
    w.unref();
    return w;
  }

  function scheduleIdleStop() {
    clearTimeout(idleTimer);
    if (pending.size > 0) return;
    idleTimer = setTimeout(() => {
      const w = worker;
      worker = null;
      void w?.terminate();
    }, IDLE_MS);
    idleTimer.unref();
  }

  return {
    run(job: WorkerJob): Promise<AnswerOutcome<unknown>> {
      clearTimeout(idleTimer);
      worker ??= start();
      const id = nextId++;
      // Hand the bytes over rather than copying them; the caller is done with them.
      const owned =
        job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength
          ? job.bytes
          : job.bytes.slice();
      const target = worker;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        target.postMessage({ id, ...job, bytes: owned }, [owned.buffer as ArrayBuffer]);
      });
    },
    async close(): Promise<void> {
      clearTimeout(idleTimer);
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}

export type AnswerWorkerPool = ReturnType<typeof createAnswerWorkerPool>;
