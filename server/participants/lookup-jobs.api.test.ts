import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../contract/audit';
import type { ApiErrorBody } from '../../contract/errors';
import type { LookupEvent, LookupResponse } from '../../contract/lookup';
import {
  BULK_CONVERSATION,
  BULK_FIRST_MEMBER,
  BULK_MEMBERS,
  DEMO_CONVERSATIONS,
  DEMO_EXAMPLE,
} from '../demo/demo-constants';
import { readNdjson } from '../testing/read-ndjson';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

const MEMBERS = 'BatchGetConversationParticipant';
const SCAN = 'ScanConversationParticipantList';
const CONVERSATIONS = 'BatchGetConversations';
const bulkId = (i: number) => String(BULK_FIRST_MEMBER + BigInt(i));
const NDJSON = { Accept: 'application/x-ndjson' };

describe('Lookup jobs', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole({ env: { VOLC_QPS: '2000', IM_BATCH_SIZE: '50' } });
  });
  afterAll(() => t.close());
  const json = async (body: object) => (await (await t.post('/api/lookups', body)).json()) as LookupResponse;

  it('When a lookup is streamed, then events arrive as NDJSON: start, the conversation, rows, progress, end', async () => {
    const res = await t.post(
      '/api/lookups',
      { appId: '100001', conversationId: DEMO_EXAMPLE.conversationId, userIds: DEMO_EXAMPLE.userIds },
      NDJSON,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const events = await readNdjson(res);
    expect(events[0]).toMatchObject({ type: 'start', mode: 'lookup', userIds: DEMO_EXAMPLE.userIds });
    expect(events[1]).toMatchObject({
      type: 'conversation',
      conversation: { state: 'found', conversation: { name: 'Support Lounge', type: 2, status: 0, memberCount: 8 } },
    });
    const rows = events.filter((e) => e.type === 'rows');
    expect(rows.flatMap((e) => e.participants).map((p) => p.userId)).toHaveLength(8);
    expect(rows.flatMap((e) => e.notMembers)).toEqual(['7300000000000000099']);
    const last = events.at(-1);
    expect(last).toMatchObject({ type: 'end', outcome: 'ok' });
    const progress = events.filter((e) => e.type === 'progress').at(-1);
    expect(progress).toMatchObject({ callsDone: 2, callsTotal: 2, found: 8, notMembers: 1, unchecked: 0 });
  });

  it('When user IDs are left out, then every member of the 20,000-member conversation is listed once, in join order', async () => {
    t.takeReceived();
    const body = await json({ appId: BULK_CONVERSATION.appId, conversationId: BULK_CONVERSATION.conversationId });
    expect(body).toMatchObject({ mode: 'browse', outcome: 'ok' });
    expect(body.conversation).toMatchObject({ state: 'found', conversation: { memberCount: BULK_MEMBERS } });
    const ids = body.participants.map((p) => p.userId);
    expect(ids).toHaveLength(BULK_MEMBERS);
    expect(new Set(ids).size).toBe(BULK_MEMBERS);
    expect(ids.slice(0, 2)).toEqual([bulkId(0), bulkId(1)]);
    expect(ids.at(-1)).toBe(bulkId(BULK_MEMBERS - 1));
    expect(t.takeReceived(SCAN)).toHaveLength(BULK_MEMBERS / 100);
  });

  it('When newest first is asked for, then the listing starts with the last member to join', async () => {
    const body = await json({ ...BULK_CONVERSATION, newestFirst: true });
    expect(body.participants[0]?.userId).toBe(bulkId(BULK_MEMBERS - 1));
    expect(body.participants).toHaveLength(BULK_MEMBERS);
  });

  it("When the gateway's cursors are not offsets, then the listing walks the cursor chain and still lists everyone once", async () => {
    t.emulator.settings.cursorStyle = 'opaque';
    try {
      const body = await json(BULK_CONVERSATION);
      const ids = body.participants.map((p) => p.userId);
      expect(new Set(ids).size).toBe(BULK_MEMBERS);
      expect(ids).toHaveLength(BULK_MEMBERS);
      expect(body.outcome).toBe('ok');
    } finally {
      t.emulator.settings.cursorStyle = 'offset';
    }
  });

  it('When a live group is browsed for online members, then only they are listed, newest first', async () => {
    const body = await json({ ...DEMO_CONVERSATIONS.liveGroup, onlineOnly: true });
    expect(body.conversation).toMatchObject({ state: 'found', conversation: { type: 100, onlineCount: 301 } });
    expect(body.participants).toHaveLength(301);
    const joined = body.participants.map((p) => p.joinedAt ?? 0);
    expect([...joined].sort((a, b) => b - a)).toEqual(joined);
  });

  it('When the conversation is dissolved, then the header says so and members are still looked up', async () => {
    const body = await json({ ...DEMO_CONVERSATIONS.dissolved, userIds: ['9223372036854775807'] });
    expect(body.conversation).toMatchObject({ state: 'found', conversation: { status: 1, name: 'Old Beta Testers' } });
    expect(body.participants.map((p) => p.userId)).toEqual(['9223372036854775807']);
  });

  it('When the conversation is unknown, then the answer says so and no member lookup runs', async () => {
    t.takeReceived();
    const body = await json({ ...DEMO_CONVERSATIONS.unknown, userIds: ['9223372036854775807'] });
    expect(body.conversation).toEqual({ state: 'unknown' });
    expect(body.participants).toEqual([]);
    expect(body.notMembers).toEqual([]);
    expect(t.takeReceived(MEMBERS)).toHaveLength(0);
  });

  it('When the header call fails, then the members are still shown, and the header says why', async () => {
    t.emulator.faults.add({
      kind: 'gateway-error',
      status: 403,
      code: 'AccessDenied',
      count: 1,
      action: CONVERSATIONS,
    });
    const body = await json({
      appId: '100001',
      conversationId: DEMO_EXAMPLE.conversationId,
      userIds: DEMO_EXAMPLE.userIds,
    });
    expect(body.conversation).toMatchObject({ state: 'failed', error: { code: 'AccessDenied' } });
    expect(body.participants).toHaveLength(8);
    expect(body.outcome).toBe('ok');
  });

  it('When a one-to-one conversation is shown, then the header names the other user', async () => {
    const body = await json({ ...DEMO_CONVERSATIONS.oneToOne });
    expect(body.conversation).toMatchObject({
      state: 'found',
      conversation: { type: 1, otherUserId: '7300000000000000022' },
    });
    expect(body.participants).toHaveLength(2);
  });
});

describe('When the scan page size is more than the gateway accepts', () => {
  it('then the browse fails with a message naming IM_SCAN_LIMIT', async () => {
    const t = await startTestConsole({ env: { IM_SCAN_LIMIT: '500' } });
    try {
      const res = await t.post('/api/lookups', { appId: '100001', conversationId: DEMO_EXAMPLE.conversationId });
      expect(res.status).toBe(502);
      const { error } = (await res.json()) as ApiErrorBody;
      expect(error.upstream?.code).toMatch(/^InvalidParameter/);
      expect(error.upstream?.message).toContain('IM_SCAN_LIMIT=500');
    } finally {
      await t.close();
    }
  });
});

describe('When the gateway keeps failing in the middle of a big job', () => {
  it('then every ID ends as found, not a member, or not checked with a reason, none lost or counted twice', async () => {
    // A timeout generous enough that only the injected ones fire, even on a busy machine.
    const t = await startTestConsole({ env: { VOLC_QPS: '2000', IM_BATCH_SIZE: '20', VOLC_TIMEOUT_MS: '2000' } });
    try {
      const ids = Array.from({ length: 1000 }, (_, i) => bulkId(i * 30)); // every 30th: 667 members, 333 not
      for (const [kind, extra] of [
        ['gateway-error', { status: 429, code: 'FlowLimitExceeded' }],
        ['gateway-error', { status: 503, code: 'ServiceUnavailableTemp' }],
        ['timeout', {}],
        ['gateway-error', { status: 500, code: 'InternalError' }],
        ['malformed', {}],
      ] as const) {
        t.emulator.faults.add({ kind, ...extra, count: 4, action: MEMBERS } as never);
      }
      const events = await readNdjson(await t.post('/api/lookups', { ...BULK_CONVERSATION, userIds: ids }, NDJSON));
      const found = events.flatMap((e) => (e.type === 'rows' ? e.participants.map((p) => p.userId) : []));
      const notMembers = events.flatMap((e) => (e.type === 'rows' ? e.notMembers : []));
      const unchecked = events.flatMap((e) => (e.type === 'unchecked' ? e.batch.userIds : []));
      const all = [...found, ...notMembers, ...unchecked];
      expect(all).toHaveLength(ids.length);
      expect(new Set(all)).toEqual(new Set(ids));
      for (const e of events) if (e.type === 'unchecked') expect(e.batch.error.code.length).toBeGreaterThan(0);
      // Retries rescued most batches: only the malformed answers (never retried) can remain.
      expect(unchecked.length).toBeLessThanOrEqual(4 * 20);
      for (const id of found) expect(BigInt(id) - BULK_FIRST_MEMBER < BigInt(BULK_MEMBERS)).toBe(true);
      expect(events.at(-1)).toMatchObject({ type: 'end', outcome: unchecked.length ? 'partial' : 'ok' });
    } finally {
      await t.close();
    }
  });

  it('then the circuit breaker stops calling a gateway that fails every time, and the rest fail fast', async () => {
    const t = await startTestConsole({ env: { VOLC_QPS: '5000', IM_BATCH_SIZE: '10' } });
    try {
      t.emulator.faults.add({
        kind: 'gateway-error',
        status: 500,
        code: 'InternalError',
        count: 100_000,
        action: MEMBERS,
      });
      const ids = Array.from({ length: 3000 }, (_, i) => bulkId(i));
      const events = await readNdjson(await t.post('/api/lookups', { ...BULK_CONVERSATION, userIds: ids }, NDJSON));
      const codes = events.flatMap((e) => (e.type === 'unchecked' ? [e.batch.error.code] : []));
      expect(codes).toHaveLength(300);
      expect(codes).toContain('CircuitOpen');
      // 300 batches × 3 attempts would be 900 calls; the breaker cut that short.
      expect(t.takeReceived(MEMBERS).length).toBeLessThanOrEqual(200);
      expect(events.at(-1)).toMatchObject({ type: 'end', outcome: 'failed' });
    } finally {
      await t.close();
    }
  });
});

describe('Cancelling', () => {
  it('When the client goes away midway, then batches not yet sent are never sent, and the audit says cancelled', async () => {
    const t = await startTestConsole({ env: { VOLC_QPS: '20', IM_BATCH_SIZE: '10' } });
    try {
      const ids = Array.from({ length: 1000 }, (_, i) => bulkId(i)); // 100 batches at 20 a second
      const abort = new AbortController();
      const res = await t.post('/api/lookups', { ...BULK_CONVERSATION, userIds: ids }, NDJSON, abort.signal);
      let rows = 0;
      await readNdjson(res, (event: LookupEvent) => {
        if (event.type === 'rows') rows += 1;
        if (rows === 3) abort.abort();
      }).catch(() => {});
      const latest = async () =>
        ((await (await t.get('/api/audit?event=lookup&pageSize=1')).json()) as AuditPage).records[0];
      await t.waitFor(async () => ((await latest())?.outcome === 'cancelled' ? true : undefined));
      const sentAtCancel = t.emulator.received.length;
      // Wait two limiter windows: nothing more may go out.
      await new Promise((resolve) => setTimeout(resolve, 2200));
      expect(t.emulator.received.length).toBe(sentAtCancel);
      expect(t.takeReceived(MEMBERS).length).toBeLessThan(40);
      const record = await latest();
      expect(record).toMatchObject({ outcome: 'cancelled', userIds: ids });
      const calls = record?.details?.calls as { done: number; total: number };
      expect(calls.done).toBeLessThan(calls.total);
    } finally {
      await t.close();
    }
  });
});

describe('Fairness', () => {
  it("When one operator's big job fills the queue, then another operator's small lookup is served in turn, not after it", async () => {
    const t = await startTestConsole({ env: { VOLC_QPS: '20', IM_BATCH_SIZE: '10' } });
    try {
      const cookie = await t.operatorCookie('small-lookups', 'viewer', ['100001']);
      const big = t.post(
        '/api/lookups',
        { ...BULK_CONVERSATION, userIds: Array.from({ length: 1000 }, (_, i) => bulkId(i)) }, // 100 batches: 5 s
        NDJSON,
      );
      const bigEvents: LookupEvent[] = [];
      const bigDone = big.then((res) => readNdjson(res, (e) => bigEvents.push(e)));
      await t.waitFor(() => bigEvents.some((e) => e.type === 'rows') || undefined);
      const small = await t.post(
        '/api/lookups',
        { appId: '100001', conversationId: DEMO_EXAMPLE.conversationId, userIds: DEMO_EXAMPLE.userIds.slice(0, 5) },
        { Cookie: cookie },
      );
      expect(small.status).toBe(200);
      // The small lookup finished while most of the big job was still waiting its turn.
      const bigRowsSoFar = bigEvents.filter((e) => e.type === 'rows').length;
      expect(bigRowsSoFar).toBeLessThan(50);
      await bigDone;
    } finally {
      await t.close();
    }
  });
});

describe('Streaming through compression', () => {
  it('When the browser accepts gzip, then events still arrive one batch at a time, before the job ends', async () => {
    const t = await startTestConsole({ env: { VOLC_QPS: '20', IM_BATCH_SIZE: '10' } });
    try {
      const { request } = await import('node:http');
      const { createGunzip } = await import('node:zlib');
      const body = JSON.stringify({ ...BULK_CONVERSATION, userIds: Array.from({ length: 300 }, (_, i) => bulkId(i)) });
      const openAtFirstRows = await new Promise<boolean>((resolve, reject) => {
        const req = request(`${t.base}/api/lookups`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Accept: 'application/x-ndjson',
            'Accept-Encoding': 'gzip',
            Cookie: t.adminCookie,
          },
        });
        req.on('response', (res) => {
          expect(res.headers['content-encoding']).toBe('gzip');
          let text = '';
          res.pipe(createGunzip()).on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes('"type":"rows"')) {
              resolve(!res.complete);
              req.destroy();
            }
          });
        });
        req.on('error', (err) => (err.message.includes('socket hang up') ? undefined : reject(err)));
        req.end(body);
      });
      // 30 batches at 20 a second take over a second: the first rows came through while the job was running.
      expect(openAtFirstRows).toBe(true);
    } finally {
      await t.close();
    }
  });
});

describe('Per-action budgets', () => {
  it('When one action has a smaller budget, then its calls keep to it while other actions keep theirs', async () => {
    const t = await startTestConsole({
      env: { VOLC_QPS: '100', VOLC_QPS_BY_ACTION: `${SCAN}=3`, IM_SCAN_LIMIT: '1' },
      emulatorQpsByAction: { [SCAN]: 3 },
    });
    try {
      // Eight members, one a page: eight scan calls at 3 a second, beside one conversation call.
      const body = (await (
        await t.post('/api/lookups', { appId: '100001', conversationId: DEMO_EXAMPLE.conversationId })
      ).json()) as LookupResponse;
      expect(body.participants).toHaveLength(8);
      const stats = t.emulator.flowLimits.stats();
      expect(stats.byAction[SCAN]).toMatchObject({ calls: 8, throttled: 0 });
      expect(stats.byAction[SCAN]?.busiestWindow).toBeLessThanOrEqual(3);
      expect(stats.throttled).toBe(0);
    } finally {
      await t.close();
    }
  });
});
