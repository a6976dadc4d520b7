import { BULK_CONVERSATION, BULK_FIRST_MEMBER, DEMO_EXAMPLE } from '../server/demo/demo-constants';
import { startConsoleProcess } from './console-process';
import { startEmulatorProcess } from './emulator-process';
import { post } from './http-post';

const QPS = 100;
const MEMBERS = 'BatchGetConversationParticipant';
const SCAN = 'ScanConversationParticipantList';

interface ActionStats {
  calls: number;
  throttled: number;
  busiestWindow: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/**
 * Whole-job figures against an emulator in its own process that answers after 50 ms, as a distant gateway would:
 * big lookups and a full browse against their bounds (calls ÷ QPS), fairness, and memory.
 */
export async function jobFigures() {
  const emulator = await startEmulatorProcess({ EMULATOR_LATENCY_MS: '50', EMULATOR_QPS: String(QPS) });
  const c = await startConsoleProcess({ VOLC_QPS: String(QPS), IM_BATCH_SIZE: '100' }, { upstream: emulator.url });
  const ndjson = { Cookie: c.cookie, Accept: 'application/x-ndjson' };
  const stats = async () =>
    ((await (await fetch(`${emulator.url}/__emulator/stats`)).json()) as { byAction: Record<string, ActionStats> })
      .byAction;
  const resetStats = () => fetch(`${emulator.url}/__emulator/stats`, { method: 'DELETE' });
  const ids = (n: number) => Array.from({ length: n }, (_, i) => String(BULK_FIRST_MEMBER + BigInt(i)));
  try {
    const bigLookup = async (n: number) => {
      await resetStats();
      const body = JSON.stringify({ ...BULK_CONVERSATION, userIds: ids(n) });
      let peakRss = c.rssMb();
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, c.rssMb());
      }, 50);
      const start = performance.now();
      const res = await post(`${c.base}/api/lookups`, body, ndjson);
      const wallMs = performance.now() - start;
      clearInterval(sampler);
      const s = (await stats())[MEMBERS] ?? { calls: 0, throttled: 0, busiestWindow: 0 };
      const ended = res.text.trim().split('\n').at(-1) ?? '';
      return {
        n,
        wallMs,
        boundMs: (s.calls / QPS) * 1000,
        ...s,
        peakRss,
        outcome: JSON.parse(ended).outcome as string,
      };
    };
    const lookups = [await bigLookup(10_000), await bigLookup(50_000)];

    await resetStats();
    const browseStart = performance.now();
    const browse = await post(`${c.base}/api/lookups`, JSON.stringify(BULK_CONVERSATION), ndjson);
    const browseMs = performance.now() - browseStart;
    const scan = (await stats())[SCAN] ?? { calls: 0, throttled: 0, busiestWindow: 0 };
    const listed = browse.text.split('\n').filter((l) => l.startsWith('{"type":"rows"')).length;

    // Fairness: 20 concurrent 5-ID lookups by another operator, alone and during a 50,000-ID job.
    const other = await c.createOperator('bench-viewer', 'viewer', ['100001']);
    const small = JSON.stringify({ ...DEMO_EXAMPLE, userIds: DEMO_EXAMPLE.userIds.slice(0, 5) });
    const twenty = async () =>
      Promise.all(
        Array.from({ length: 20 }, async () => {
          const start = performance.now();
          const res = await post(`${c.base}/api/lookups`, small, { Cookie: other });
          if (res.status !== 200) throw new Error(`small lookup failed: HTTP ${res.status}`);
          return performance.now() - start;
        }),
      );
    await twenty(); // warm-up
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const unloaded = percentile(await twenty(), 95);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const job = post(`${c.base}/api/lookups`, JSON.stringify({ ...BULK_CONVERSATION, userIds: ids(50_000) }), ndjson);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the job has filled the queue
    const loaded = percentile(await twenty(), 95);
    await job;

    return {
      lookups,
      browse: { wallMs: browseMs, boundMs: (scan.calls / QPS) * 1000, listed, ...scan },
      unloaded,
      loaded,
    };
  } finally {
    await c.stop();
    await emulator.stop();
  }
}
