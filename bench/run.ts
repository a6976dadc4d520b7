import { BULK_CONVERSATION, BULK_FIRST_MEMBER, DEMO_CREDENTIALS, DEMO_EXAMPLE } from '../server/demo/demo-constants';
import { hashPassword, verifyPassword } from '../server/operators/password';
import { signRequest } from '../server/volcengine/sign';
import { startConsoleProcess } from './console-process';
import { post } from './http-post';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 3000);
const QPS = 100;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (n: number) => `${n.toFixed(3)} ms`;
const verdict = (ok: boolean) => (ok ? 'meets goal' : 'MISSES goal');

async function proxyOverhead() {
  // The limiter is set far above the request rate: this figure is the console's own cost, not queueing.
  const c = await startConsoleProcess({ VOLC_QPS: '10000' });
  try {
    const ids = DEMO_EXAMPLE.userIds.slice(0, 6);
    const consoleBody = JSON.stringify({
      appId: DEMO_EXAMPLE.appId,
      conversationId: DEMO_EXAMPLE.conversationId,
      userIds: ids,
    });
    const upstreamBody = `{"AppId":${DEMO_EXAMPLE.appId},"ConversationShortId":${DEMO_EXAMPLE.conversationId},"ParticipantUserIds":[${ids.join(',')}]}`;
    const query = { Action: 'BatchGetConversationParticipant', Version: '2020-12-01' };
    const direct = async () => {
      const { Host: _h, ...headers } = signRequest({
        method: 'POST',
        host: new URL(c.emulatorBase).host,
        query,
        body: upstreamBody,
        region: 'cn-north-1',
        service: 'rtc',
        credentials: DEMO_CREDENTIALS,
        date: new Date(),
      });
      return post(`${c.emulatorBase}/?${new URLSearchParams(query)}`, upstreamBody, headers);
    };
    const viaConsole = () => post(`${c.base}/api/lookups`, consoleBody, { Cookie: c.cookie });
    const timed = async (fn: () => Promise<{ status: number }>) => {
      const start = performance.now();
      const { status } = await fn();
      if (status !== 200) throw new Error(`unexpected status ${status}`);
      return performance.now() - start;
    };
    for (let i = 0; i < 300; i += 1) await Promise.all([timed(viaConsole), timed(direct)]); // warm-up (JIT, sockets)
    const [a, b]: [number[], number[]] = [[], []];
    // Interleaved, so drift on a busy machine hits both series alike.
    for (let i = 0; i < SAMPLES; i += 1) {
      a.push(await timed(viaConsole));
      b.push(await timed(direct));
    }
    a.sort((x, y) => x - y);
    b.sort((x, y) => x - y);
    return {
      consoleP50: percentile(a, 50),
      consoleP99: percentile(a, 99),
      directP50: percentile(b, 50),
      directP99: percentile(b, 99),
    };
  } finally {
    await c.stop();
  }
}

async function concurrentLookups() {
  const c = await startConsoleProcess({ VOLC_QPS: String(QPS), IM_BATCH_SIZE: '100' });
  try {
    // 20 lookups of 1000 IDs each: the bulk conversation's members, overlapping, plus some non-members.
    const bodies = Array.from({ length: 20 }, (_, n) =>
      JSON.stringify({
        appId: BULK_CONVERSATION.appId,
        conversationId: BULK_CONVERSATION.conversationId,
        userIds: Array.from({ length: 1000 }, (_, i) => String(BULK_FIRST_MEMBER + BigInt(n * 250 + i))),
      }),
    );
    await fetch(`${c.emulatorBase}/__emulator/stats`, { method: 'DELETE' });
    const start = performance.now();
    const results = await Promise.all(bodies.map((body) => post(`${c.base}/api/lookups`, body, { Cookie: c.cookie })));
    const wallMs = performance.now() - start;
    const failures = results.filter((r) => r.status !== 200 || JSON.parse(r.text).unanswered.length > 0).length;
    const stats = (await (await fetch(`${c.emulatorBase}/__emulator/stats`)).json()) as {
      calls: number;
      throttled: number;
      busiestWindow: number;
    };
    return { wallMs, failures, ...stats, rssMb: c.rssMb() };
  } finally {
    await c.stop();
  }
}

/** The password check alone: an unknown user must cost what a wrong password costs. */
async function signInTiming() {
  const hash = await hashPassword('the-real-password-1');
  const timeOf = async (fn: () => Promise<boolean>) => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
  await verifyPassword(null, 'warm-up'); // the decoy hash, which the server prepares at start
  const [unknown, wrong]: [number[], number[]] = [[], []];
  for (let i = 0; i < 40; i += 1) {
    unknown.push(await timeOf(() => verifyPassword(null, 'guess-password-x')));
    wrong.push(await timeOf(() => verifyPassword(hash, 'guess-password-x')));
  }
  return {
    unknownP50: percentile(
      unknown.sort((x, y) => x - y),
      50,
    ),
    wrongP50: percentile(
      wrong.sort((x, y) => x - y),
      50,
    ),
  };
}

const overhead = await proxyOverhead();
const load = await concurrentLookups();
const signIn = await signInTiming();
const boundMs = (load.calls / QPS) * 1000;
const diff = overhead.consoleP50 - overhead.directP50;

console.log(`
1. POST /api/lookups, 6 IDs, ${SAMPLES} sequential samples on loopback
   console   p50 ${ms(overhead.consoleP50)}   p99 ${ms(overhead.consoleP99)}
   direct    p50 ${ms(overhead.directP50)}   p99 ${ms(overhead.directP99)}   (signed call straight to the emulator)
   overhead  p50 ${ms(diff)}   p99 ${ms(overhead.consoleP99 - overhead.directP99)}   goal ≤ 1 ms at p50: ${verdict(diff <= 1)}

2. 20 concurrent lookups × 1000 IDs (VOLC_QPS=${QPS}, batches of 100)
   wall time           ${(load.wallMs / 1000).toFixed(2)} s   bound ${(boundMs / 1000).toFixed(2)} s (${load.calls} calls at ${QPS}/s); ratio ${(load.wallMs / boundMs).toFixed(2)}×, goal ≤ 1.15×: ${verdict(load.wallMs <= boundMs * 1.15)}
   busiest 1 s window  ${load.busiestWindow} calls   goal ≤ ${QPS}: ${verdict(load.busiestWindow <= QPS)}
   throttles           ${load.throttled}   goal 0: ${verdict(load.throttled === 0)}
   failed lookups      ${load.failures}

3. Server RSS after the load: ${load.rssMb.toFixed(1)} MB   goal ≤ 150 MB: ${verdict(load.rssMb <= 150)}

4. Password check (argon2id), p50 of 40: unknown user ${ms(signIn.unknownP50)}, wrong password ${ms(signIn.wrongP50)}
`);
process.exit(0);
