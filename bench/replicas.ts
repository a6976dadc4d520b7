import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { BULK_CONVERSATION, BULK_FIRST_MEMBER, DEMO_EXAMPLE } from '../server/demo/demo-constants';
import { CLUSTER_ADMIN, startCluster } from '../server/testing/cluster';
import { TEST_SERVICES } from '../server/testing/external-services';
import { createPostgresDatabase } from '../server/testing/test-database';
import { type ConsoleProcess, startConsoleProcess } from './console-process';
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

/**
 * p50 of a 6-ID lookup on each console, taking turns sample by sample so drift on this busy machine hits both alike.
 */
async function pairedP50(consoles: Array<{ base: string; cookie: string }>, samples = 1000) {
  const lookup = ({ base, cookie }: { base: string; cookie: string }) =>
    post(`${base}/api/lookups`, SIX, { Cookie: cookie });
  for (let i = 0; i < 100; i += 1) for (const c of consoles) await lookup(c); // warm-up
  const times = consoles.map(() => [] as number[]);
  for (let i = 0; i < samples; i += 1) {
    for (const [n, c] of consoles.entries()) {
      const start = performance.now();
      const { status } = await lookup(c);
      if (status !== 200) throw new Error(`lookup failed: HTTP ${status}`);
      times[n]?.push(performance.now() - start);
    }
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)] ?? Number.NaN);
}

/**
 * The same console twice against one emulator: SQLite plus the in-memory limiter, and PostgreSQL plus Redis
 * reached directly. (The cluster reaches them through the TCP relays its tests cut, which live in this process
 * and would add two hops to every round trip.)
 */
async function latencyCost() {
  const unlimited = { VOLC_QPS: '10000' };
  const emulator = await startEmulatorProcess({ EMULATOR_QPS: '10000' });
  const database = await createPostgresDatabase('imc_bench');
  const consoles: ConsoleProcess[] = [];
  try {
    consoles.push(await startConsoleProcess(unlimited, { upstream: emulator.url }));
    consoles.push(
      await startConsoleProcess(
        {
          ...unlimited,
          DATABASE_URL: database.url,
          REDIS_URL: TEST_SERVICES.redis,
          REDIS_PREFIX: `imc-bench-${randomUUID()}:`,
        },
        { upstream: emulator.url },
      ),
    );
    const [localP50 = Number.NaN, sharedP50 = Number.NaN] = await pairedP50(consoles);
    return { localP50, sharedP50 };
  } finally {
    for (const c of consoles) await c.stop();
    await emulator.stop();
    await database.drop();
  }
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
  try {
    single = await throughput(one.base, await signIn(one.base));
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

  const { localP50, sharedP50 } = await latencyCost();

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
