import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditHeadResponse, AuditPage, AuditRecord } from '../../contract/audit';
import type { ConsoleConfig } from '../../contract/console-config';
import { ADMIN, startTestConsole, type TestConsole } from '../testing/start-test-console';
import { verifyAuditTrail } from './verify-audit-trail';

const CONVERSATION = '7101234567890123456';
const MAX = '9223372036854775807';
const ABOVE_2_53 = '9007199254740993';
const body = (userIds: string[], extra: Record<string, unknown> = {}) => ({
  appId: '100001',
  conversationId: CONVERSATION,
  userIds,
  ...extra,
});

describe('Roles and apps', () => {
  let t: TestConsole;
  let viewer: string;
  beforeAll(async () => {
    t = await startTestConsole();
    viewer = await t.operatorCookie('viv', 'viewer', ['100002']);
  });
  afterAll(() => t.close());

  it('When a viewer calls admin routes, then each is 403', async () => {
    for (const path of ['/api/audit', '/api/audit.csv', '/api/audit/head', '/api/operators']) {
      expect((await t.get(path, { Cookie: viewer })).status, path).toBe(403);
    }
    const create = await t.post('/api/operators', { username: 'x1', password: 'x1-password-123' }, { Cookie: viewer });
    expect(create.status).toBe(403);
  });

  it('When a viewer asks for config, then only their granted apps are offered, and no demo example for an app they lack', async () => {
    const config = (await (await t.get('/api/config', { Cookie: viewer })).json()) as ConsoleConfig;
    expect(config.apps.map((a) => a.id)).toEqual(['100002']);
    expect(config.example).toBeNull();
  });

  it('When a viewer looks up in an app not granted, then it is 403, nothing goes upstream, and it is audited as denied', async () => {
    const res = await t.post('/api/lookups', body([MAX], { reason: 'curious' }), { Cookie: viewer });
    expect(res.status).toBe(403);
    expect(t.takeReceived()).toHaveLength(0);
    const [record] = ((await (await t.get('/api/audit?pageSize=1')).json()) as AuditPage).records;
    expect(record).toMatchObject({
      event: 'lookup',
      operator: 'viv',
      appId: '100001',
      outcome: 'denied',
      userIds: [MAX],
      reason: 'curious',
    });
  });

  it('When a viewer looks up in a granted app, then it works', async () => {
    const res = await t.post(
      '/api/lookups',
      { appId: '100002', conversationId: '7400000000000000001', userIds: ['7400000000000000101'] },
      { Cookie: viewer },
    );
    expect(res.status).toBe(200);
  });
});

describe('The audit trail', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole({ env: { IM_BATCH_SIZE: '2' } });
  });
  afterAll(() => t.close());
  const audit = async (query: string) => (await (await t.get(`/api/audit?${query}`)).json()) as AuditPage;

  it('When a lookup succeeds, then one record holds who, where, what exactly, the counts, RequestIds, duration and reason', async () => {
    const res = await t.post('/api/lookups', body([MAX, ABOVE_2_53, '7300000000000000099'], { reason: 'TICKET-4711' }));
    expect(res.status).toBe(200);
    const { records } = await audit('event=lookup&pageSize=1');
    const record = records[0] as AuditRecord;
    expect(record).toMatchObject({
      operator: ADMIN.username,
      ip: '127.0.0.1',
      appId: '100001',
      conversationId: CONVERSATION,
      userIds: [MAX, ABOVE_2_53, '7300000000000000099'],
      found: 2,
      notMembers: 1,
      outcome: 'ok',
      reason: 'TICKET-4711',
    });
    expect(record.requestIds).toHaveLength(3); // the conversation header, then two batches of two
    expect(record.details).toMatchObject({ conversation: 'found', calls: { done: 3, total: 3 } });
    expect(record.durationMs).toBeGreaterThanOrEqual(0);
    expect(Date.now() - Date.parse(record.at)).toBeLessThan(60_000);
  });

  it('When upstream fails, then the record says failed, with the upstream code and its RequestId', async () => {
    t.emulator.faults.add({
      kind: 'gateway-error',
      status: 503,
      code: 'ServiceUnavailableTemp',
      count: 3,
      action: 'BatchGetConversationParticipant',
    });
    expect((await t.post('/api/lookups', body([MAX]))).status).toBe(503);
    const record = (await audit('event=lookup&pageSize=1')).records[0];
    expect(record?.outcome).toBe('failed');
    expect(record?.details).toMatchObject({ error: 'ServiceUnavailableTemp' });
    expect(record?.requestIds[0]).toMatch(/^\d{14}[0-9A-F]{18}$/);
  });

  it('When filtering by user ID, conversation, operator, app and time, then only matching records come back', async () => {
    await t.post('/api/lookups', body(['7300000000000000012'], { reason: 'filter-me' }));
    expect((await audit(`userId=7300000000000000012`)).records.map((r) => r.reason)).toEqual(['filter-me']);
    expect((await audit(`userId=${MAX}`)).total).toBeGreaterThanOrEqual(2);
    expect((await audit(`conversationId=1`)).total).toBe(0);
    expect((await audit(`operator=${ADMIN.username.toUpperCase()}&event=lookup`)).total).toBeGreaterThanOrEqual(3);
    expect((await audit('appId=100002')).total).toBe(0);
    expect((await audit(`from=${new Date(Date.now() + 3_600_000).toISOString()}`)).total).toBe(0);
    expect((await audit(`to=${new Date(Date.now() - 3_600_000).toISOString()}`)).total).toBe(0);
    const res = await t.get('/api/audit?from=yesterday');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe('from');
  });

  it('When pages are asked for, then they are newest first and the total counts them all', async () => {
    const first = await audit('pageSize=2&page=0');
    const second = await audit('pageSize=2&page=1');
    expect(first.records).toHaveLength(2);
    expect(first.total).toBe(second.total);
    expect((first.records[1]?.id ?? 0) > (second.records[0]?.id ?? 0)).toBe(true);
  });

  it('When exported as CSV, then IDs are exact and free text cannot run as a formula', async () => {
    await t.post('/api/lookups', body([MAX, ABOVE_2_53], { reason: '=HYPERLINK("http://evil")' }));
    const res = await t.get(`/api/audit.csv?userId=${ABOVE_2_53}`);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-.*\.csv"$/);
    const csv = await res.text();
    expect(csv.split('\n')[0]).toBe(
      'time,event,operator,ip,app_id,conversation_id,user_ids,found,not_members,outcome,request_ids,duration_ms,reason,details',
    );
    expect(csv).toContain(`${CONVERSATION},${MAX} ${ABOVE_2_53},`);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('When free text holds bidi and control characters, then they are stored as typed and the CSV shows them escaped', async () => {
    const reason = 'INC-1\u202Egpj.exe \\u202E\ttab';
    const res = await t.post('/api/lookups', body(['7300000000000000077'], { reason }));
    expect(res.status).toBe(200);

    const stored = (await audit('userId=7300000000000000077')).records[0];
    const csv = await (await t.get('/api/audit.csv?userId=7300000000000000077')).text();

    expect(stored?.reason).toBe(reason);
    expect(csv).toContain(',INC-1\\u202Egpj.exe \\\\u202E\\u0009tab');
    expect(csv).not.toContain('\u202E');
  });

  it('When a hostile username (RLO, a lone surrogate) fails to sign in, then it is audited and the chain verifies', async () => {
    // NUL is refused before any check (400, see sign-in.api.test.ts); the rest is kept and audited as typed.
    const username = 'ab\u202Ec\uD800d'; // JSON.stringify sends the lone surrogate as the escape \ud800

    const res = await t.signIn(username, 'wrong-password-1');
    const stored = (await audit('event=sign_in_failed&pageSize=1')).records[0];

    expect(res.status).toBe(401);
    expect(stored?.operator).toBe('ab\u202Ec\uFFFDd');
    expect((await verifyAuditTrail(t.database)).broken).toBeNull();
  });

  it('When an admin asks for the chain head, then it is the newest record with its hash', async () => {
    const res = await t.get('/api/audit/head');
    const { head } = (await res.json()) as AuditHeadResponse;
    const newest = t.db.prepare('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
      id: number;
      hash: string;
      at: number;
    };

    expect(res.status).toBe(200);
    expect(head).toEqual({ id: newest.id, hash: newest.hash, at: new Date(newest.at).toISOString() });
    expect(head?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('When the reason is longer than 500 characters, then it is 400 naming reason', async () => {
    const res = await t.post('/api/lookups', body([MAX], { reason: 'x'.repeat(501) }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe('reason');
  });
});

describe('When LOOKUP_REASON=required', () => {
  it('then a lookup without a reason is 400 naming reason, with no upstream call; with one it works', async () => {
    const t = await startTestConsole({ env: { LOOKUP_REASON: 'required' } });
    try {
      for (const reason of [undefined, '', '   ']) {
        const res = await t.post('/api/lookups', body([MAX], { reason }));
        expect(res.status).toBe(400);
        expect(((await res.json()) as { error: { field: string } }).error.field).toBe('reason');
      }
      expect(t.takeReceived()).toHaveLength(0);
      expect((await t.post('/api/lookups', body([MAX], { reason: 'INC-1' }))).status).toBe(200);
      expect(((await (await t.get('/api/config')).json()) as ConsoleConfig).reasonRequired).toBe(true);
    } finally {
      await t.close();
    }
  });
});

describe('When 200 lookups from several operators run at once', () => {
  it('then exactly 200 lookup records are written, each with the right operator', async () => {
    const t = await startTestConsole();
    try {
      const names = ['op-a', 'op-b', 'op-c', 'op-d'];
      const cookies = await Promise.all(names.map((name) => t.operatorCookie(name, 'viewer', ['100001'])));
      const responses = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          t.post(
            '/api/lookups',
            body([String(8000000000000000000n + BigInt(i))], {
              conversationId: '7300000000000000000',
              reason: `r-${i}`,
            }),
            { Cookie: cookies[i % 4] ?? '' },
          ),
        ),
      );
      expect(responses.every((r) => r.status === 200)).toBe(true);
      const rows = t.db.prepare("SELECT operator, reason FROM audit_log WHERE event = 'lookup'").all() as Array<{
        operator: string;
        reason: string;
      }>;
      expect(rows).toHaveLength(200);
      for (const row of rows) expect(row.operator).toBe(names[Number(row.reason.slice(2)) % 4]);
      // Appends are serialised, so the chain never forks.
      expect((await verifyAuditTrail(t.database)).broken).toBeNull();
    } finally {
      await t.close();
    }
  });
});

describe('The audit table', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole();
    await t.post('/api/lookups', body([MAX]));
  });
  afterAll(() => t.close());

  it('When anything tries to UPDATE or DELETE audit rows, then the database refuses', () => {
    expect(() => t.db.prepare("UPDATE audit_log SET outcome = 'ok'").run()).toThrow(/append-only/);
    expect(() => t.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => t.db.prepare("UPDATE audit_user_ids SET user_id = '1'").run()).toThrow(/append-only/);
    expect(() => t.db.prepare('DELETE FROM audit_user_ids').run()).toThrow(/append-only/);
    expect((t.db.prepare('SELECT count(*) AS n FROM audit_user_ids').get() as { n: number }).n).toBeGreaterThan(0);
  });

  it('When the retention purge runs, then only older rows go and the purge itself is audited', async () => {
    const count = () => (t.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    expect(await t.services.audit.purgeOlderThan(Date.now() - 86_400_000, 1)).toBe(0);
    const before = count(); // the records so far, including the first purge's own
    expect(before).toBeGreaterThan(2);
    expect(await t.services.audit.purgeOlderThan(Date.now() + 1000, 1)).toBe(before);
    const rows = t.db.prepare('SELECT event, details FROM audit_log').all() as Array<{
      event: string;
      details: string;
    }>;
    // Everything before the cutoff went, the first purge's record too; the second's stays.
    expect(rows.map((r) => r.event)).toEqual(['audit_purged']);
    expect(JSON.parse(rows[0]?.details ?? '{}')).toMatchObject({ removed: before, retentionDays: 1 });
    // Outside a purge, the guard is back.
    expect(() => t.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});
