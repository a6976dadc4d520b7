import path from 'node:path';
import { BULK_CONVERSATION, BULK_FIRST_MEMBER, DEMO_EXAMPLE } from '../server/demo/demo-constants';
import { CLUSTER_ADMIN, startCluster } from '../server/testing/cluster';
import { startConsoleProcess } from './console-process';
import { startEmulatorProcess } from './emulator-process';
import { post } from './http-post';

const entry = (name: string) => path.resolve('dist/server', `${name}.js`);
const SIX = JSON.stringify({ ...DEMO_EXAMPLE, userIds: DEMO_EXAMPLE.userIds.slice(0, 6) });

async function signIn(base: string) {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(CLUSTER_ADMIN),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Completed 6-ID lookups per second with `clients` looping for `seconds`. */
async function throughput(base: string, cookie: string, clients = 24, seconds = 5) {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const { status } = await post(`${base}/api/lookups`, SIX, { Cookie: cookie });
        if (status !== 200) throw new Error(`lookup failed: HTTP ${status}`);
        done += 1;
      }
    }),
  );
  return done / seconds;
}

async function p50(base: string, cookie: string, samples = 400) {
  for (let i = 0; i < 100; i += 1) await post(`${base}/api/lookups`, SIX, { Cookie: cookie }); // warm-up
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const start = performance.now();
    await post(`${base}/api/lookups`, SIX, { Cookie: cookie });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/**
 * Issue 9's figures: throughput with the limiter out of the way, 1 replica against 3 behind nginx (PostgreSQL and
 * Redis throughout); the shared budget holding for 3 replicas; and what PostgreSQL plus Redis cost per lookup
 * against SQLite plus the in-memory limiter.
 */
export async function replicaFigures() {
  const unlimited = { VOLC_QPS: '10000' };
  const one = await startCluster({ replicas: 1, entry, env: unlimited });
  let single: number;
  let sharedP50: number;
  try {
    const cookie = await signIn(one.base);
    single = await throughput(one.base, cookie);
    sharedP50 = await p50(one.nodes[0]?.base ?? one.base, cookie);
  } finally {
    await one.stop();
  }
  const three = await startCluster({ replicas: 3, entry, env: unlimited });
  let triple: number;
  try {
    triple = await throughput(three.base, await signIn(three.base));
  } finally {
    await three.stop();
  }

  const emulator = await startEmulatorProcess({ EMULATOR_QPS: '10000' });
  const embedded = await startConsoleProcess(unlimited, { upstream: emulator.url });
  let localP50: number;
  try {
    localP50 = await p50(embedded.base, embedded.cookie);
  } finally {
    await embedded.stop();
    await emulator.stop();
  }

  const budget = await startCluster({ replicas: 3, entry, env: { VOLC_QPS: '100' } });
  try {
    const cookie = await signIn(budget.base);
    await budget.resetEmulatorStats();
    const start = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async (_, n) => {
        const userIds = Array.from({ length: 1000 }, (_, i) => String(BULK_FIRST_MEMBER + BigInt(n * 250 + i)));
        return (
          await post(`${budget.base}/api/lookups`, JSON.stringify({ ...BULK_CONVERSATION, userIds }), {
            Cookie: cookie,
          })
        ).status;
      }),
    );
    const wallMs = performance.now() - start;
    const stats = (await budget.emulatorStats()).byAction.BatchGetConversationParticipant ?? {
      calls: 0,
      throttled: 0,
      busiestWindow: 0,
    };
    return {
      single,
      triple,
      localP50,
      sharedP50,
      load: { wallMs, boundMs: (stats.calls / 100) * 1000, ...stats, failed: statuses.filter((s) => s !== 200).length },
    };
  } finally {
    await budget.stop();
  }
}
