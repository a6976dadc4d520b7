import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../contract/errors';
import type { LookupResponse } from '../../contract/lookup';
import { DEMO_EXAMPLE } from '../demo/demo-constants';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

const CONVERSATION = DEMO_EXAMPLE.conversationId;
const MEMBERS = 'BatchGetConversationParticipant';
const MAX = '9223372036854775807';
const ABOVE_2_53 = '9007199254740993';
const lookup = (userIds: unknown, extra: Record<string, unknown> = {}) => ({
  appId: '100001',
  conversationId: CONVERSATION,
  userIds,
  ...extra,
});

describe('POST /api/lookups', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole({ env: { IM_BATCH_SIZE: '3', VOLC_TIMEOUT_MS: '400', IM_MAX_USER_IDS: '2000' } });
  });
  afterAll(() => t.close());
  afterEach(() => {
    t.emulator.faults.clear();
    t.takeReceived();
  });

  describe('When the input is valid', () => {
    it('then int64 IDs survive exactly, both ways, as bare numerals upstream', async () => {
      const res = await t.post('/api/lookups', lookup([MAX, ABOVE_2_53]));
      expect(res.status).toBe(200);
      const text = await res.text();
      const body = JSON.parse(text) as LookupResponse;
      expect(body.participants.map((p) => p.userId)).toEqual([MAX, ABOVE_2_53]);
      expect(body.participants[1]?.operator).toBe(MAX);
      expect(body.conversationId).toBe(CONVERSATION);
      // Upstream got numerals, not strings, and not rounded ones.
      const sent = t.takeReceived(MEMBERS);
      expect(sent).toHaveLength(1);
      expect(sent[0]?.body).toBe(
        `{"AppId":100001,"ConversationShortId":${CONVERSATION},"ParticipantUserIds":[${MAX},${ABOVE_2_53}]}`,
      );
      expect(text).not.toContain('9007199254740992');
    });

    it('then members carry role, level, status, mute, join time, operator and Ext', async () => {
      const res = await t.post('/api/lookups', lookup(['7300000000000000012', '7300000000000000015']));
      const body = (await res.json()) as LookupResponse;
      const [muted, sparse] = body.participants;
      expect(muted).toMatchObject({
        role: 0,
        level: 3,
        nickname: '佐藤 花子',
        status: 0,
        operator: ABOVE_2_53,
        ext: { lang: 'ja' },
      });
      expect(muted?.mutedUntil).toBeGreaterThan(Date.now() / 1000);
      // Only the IDs, Role and Operator are promised upstream; the rest comes back as null.
      expect(sparse).toEqual({
        conversationId: CONVERSATION,
        userId: '7300000000000000015',
        role: 3,
        level: null,
        nickname: null,
        status: null,
        operator: MAX,
        joinedAt: null,
        mutedUntil: null,
        ext: {},
        avatarUrl: null,
      });
      // One for the conversation header, one for the members.
      expect(body.requestIds).toHaveLength(2);
      expect(body.requestIds[0]).toMatch(/^\d{14}[0-9A-F]{18}$/);
    });

    it('then non-members are listed as such and rows keep input order, deduplicated and normalised', async () => {
      const res = await t.post(
        '/api/lookups',
        lookup(['7300000000000000099', ABOVE_2_53, '0009007199254740993', MAX, '7300000000000000099']),
      );
      const body = (await res.json()) as LookupResponse;
      expect(body.userIds).toEqual(['7300000000000000099', ABOVE_2_53, MAX]);
      expect(body.notMembers).toEqual(['7300000000000000099']);
      expect(body.participants.map((p) => p.userId)).toEqual([ABOVE_2_53, MAX]);
    });

    it('then a list longer than the batch size is split into several calls and merged in input order', async () => {
      const ids = [...DEMO_EXAMPLE.userIds].reverse(); // 9 IDs, batches of 3
      const res = await t.post('/api/lookups', lookup(ids));
      const body = (await res.json()) as LookupResponse;
      expect(t.takeReceived(MEMBERS)).toHaveLength(3);
      expect(body.requestIds).toHaveLength(4);
      expect(body.participants.map((p) => p.userId)).toEqual(ids.filter((id) => id !== '7300000000000000099'));
      expect(body.notMembers).toEqual(['7300000000000000099']);
    });
  });

  describe('When the input is bad, then it answers 4xx naming the field and calls nobody upstream', () => {
    const cases: Array<[string, string | unknown, number, string, Record<string, string>?]> = [
      ['malformed JSON', '{"appId": "100001", ', 400, 'body'],
      ['a JSON array', '[1,2]', 400, 'body'],
      ['JSON null', 'null', 400, 'body'],
      ['a missing appId', { conversationId: CONVERSATION, userIds: [MAX] }, 400, 'appId'],
      ['an app this console does not serve', lookup([MAX], { appId: '999' }), 400, 'appId'],
      [
        'a numeric conversation ID',
        `{"appId":"100001","conversationId":${CONVERSATION},"userIds":["${MAX}"]}`,
        400,
        'conversationId',
      ],
      ['conversation ID 0', lookup([MAX], { conversationId: '0' }), 400, 'conversationId'],
      ['conversation ID 2^63', lookup([MAX], { conversationId: '9223372036854775808' }), 400, 'conversationId'],
      ['a negative user ID', lookup(['-5']), 400, 'userIds.0'],
      ['a user ID in exponent form', lookup([MAX, '1e5']), 400, 'userIds.1'],
      [
        'a numeric user ID',
        `{"appId":"100001","conversationId":"${CONVERSATION}","userIds":[${ABOVE_2_53}]}`,
        400,
        'userIds.0',
      ],
      ['a hostile string as a user ID', lookup(['<script>alert(1)</script>']), 400, 'userIds.0'],
      ['userIds not an array', lookup('123'), 400, 'userIds'],
      [
        'more user IDs than IM_MAX_USER_IDS',
        lookup(Array.from({ length: 2001 }, (_, i) => String(i + 1))),
        400,
        'userIds',
      ],
      ['a body over the lookup limit', lookup(Array.from({ length: 60_000 }, () => MAX)), 413, 'body'],
      ['newestFirst not a boolean', lookup([MAX], { newestFirst: 'yes' }), 400, 'newestFirst'],
      ['a reason with a NUL', lookup([MAX], { reason: 'ticket\u0000 42' }), 400, 'reason'],
      ['an appId of 90 kB', lookup([MAX], { appId: '1'.repeat(90_000) }), 400, 'appId'],
      ['a form-encoded body', 'appId=100001', 415, 'body', { 'Content-Type': 'application/x-www-form-urlencoded' }],
    ];
    it.each(cases)('%s', async (_name, body, status, field, headers) => {
      const res = await t.post('/api/lookups', body, headers);
      expect(res.status).toBe(status);
      const error = ((await res.json()) as ApiErrorBody).error;
      expect(error.field).toBe(field);
      expect(error.message.startsWith(field)).toBe(true);
      expect(error.message).not.toContain('<script>');
      expect(t.takeReceived()).toHaveLength(0);
    });
  });

  describe('When upstream fails', () => {
    const expectUpstreamError = async (res: Response, status: number, code: string, upstreamCode: string) => {
      expect(res.status).toBe(status);
      const error = ((await res.json()) as ApiErrorBody).error;
      expect(error.code).toBe(code);
      expect(error.upstream?.code).toBe(upstreamCode);
      expect(JSON.stringify(error)).not.toMatch(/at \w+ \(|node_modules/); // no stack trace
      return error;
    };

    it('then a 503 three times in a row is a 503 carrying the upstream code, message and RequestId', async () => {
      t.emulator.faults.add({
        kind: 'gateway-error',
        status: 503,
        code: 'ServiceUnavailableTemp',
        count: 3,
        action: MEMBERS,
      });
      const error = await expectUpstreamError(
        await t.post('/api/lookups', lookup([MAX])),
        503,
        'upstream_unavailable',
        'ServiceUnavailableTemp',
      );
      expect(error.upstream?.requestId).toMatch(/^\d{14}[0-9A-F]{18}$/);
      expect(error.upstream?.message).toBe('injected gateway error');
      expect(t.takeReceived(MEMBERS)).toHaveLength(3);
    });

    it('then a 503 twice is retried with backoff and succeeds', async () => {
      t.emulator.faults.add({
        kind: 'gateway-error',
        status: 503,
        code: 'ServiceUnavailableTemp',
        count: 2,
        action: MEMBERS,
      });
      const res = await t.post('/api/lookups', lookup([MAX]));
      expect(res.status).toBe(200);
      expect(t.takeReceived(MEMBERS)).toHaveLength(3);
    });

    it('then FlowLimitExceeded three times is a 429', async () => {
      t.emulator.faults.add({
        kind: 'gateway-error',
        status: 429,
        code: 'FlowLimitExceeded',
        count: 3,
        action: MEMBERS,
      });
      await expectUpstreamError(
        await t.post('/api/lookups', lookup([MAX])),
        429,
        'upstream_throttled',
        'FlowLimitExceeded',
      );
    });

    it('then an HTTP 200 that carries an Error is a failure, not an empty result', async () => {
      t.emulator.faults.add({ kind: 'error-200', code: 'AccessDenied', count: 1, action: MEMBERS });
      await expectUpstreamError(await t.post('/api/lookups', lookup([MAX])), 502, 'upstream_error', 'AccessDenied');
      expect(t.takeReceived(MEMBERS)).toHaveLength(1); // not retried
    });

    it('then InternalError is a 502 and InternalServiceTimeout a 504, each after three attempts', async () => {
      t.emulator.faults.add({ kind: 'gateway-error', status: 500, code: 'InternalError', count: 3, action: MEMBERS });
      await expectUpstreamError(await t.post('/api/lookups', lookup([MAX])), 502, 'upstream_error', 'InternalError');
      t.emulator.faults.add({
        kind: 'gateway-error',
        status: 504,
        code: 'InternalServiceTimeout',
        count: 3,
        action: MEMBERS,
      });
      await expectUpstreamError(
        await t.post('/api/lookups', lookup([MAX])),
        504,
        'upstream_timeout',
        'InternalServiceTimeout',
      );
    });

    it('then malformed JSON is a 502 bad response', async () => {
      t.emulator.faults.add({ kind: 'malformed', count: 1, action: MEMBERS });
      await expectUpstreamError(
        await t.post('/api/lookups', lookup([MAX])),
        502,
        'upstream_bad_response',
        'MalformedResponse',
      );
    });

    it('then no answer within the timeout is a 504', async () => {
      t.emulator.faults.add({ kind: 'timeout', count: 3, action: MEMBERS });
      await expectUpstreamError(await t.post('/api/lookups', lookup([MAX])), 504, 'upstream_timeout', 'Timeout');
    });

    it('then a failed batch of a split lookup is reported as unanswered, never as not-members', async () => {
      // Three attempts of one batch fail; the other batches' calls come after the first and succeed.
      t.emulator.faults.add({
        kind: 'gateway-error',
        status: 400,
        code: 'InvalidParameter',
        count: 1,
        action: MEMBERS,
      });
      const res = await t.post('/api/lookups', lookup(DEMO_EXAMPLE.userIds));
      expect(res.status).toBe(200);
      const body = (await res.json()) as LookupResponse;
      expect(body.unanswered).toHaveLength(1);
      const failed = body.unanswered[0];
      expect(failed?.userIds).toHaveLength(3);
      expect(failed?.error).toMatchObject({ code: 'InvalidParameter', status: 502 });
      for (const id of failed?.userIds ?? []) {
        expect(body.notMembers).not.toContain(id);
        expect(body.participants.map((p) => p.userId)).not.toContain(id);
      }
      expect(body.participants.length + body.notMembers.length).toBe(6);
    });
  });
});

describe('When the console signs with the wrong credentials', () => {
  it('then the gateway rejects the signature and the operator sees a 502 with its code, but never the secret', async () => {
    const t = await startTestConsole({
      credentials: {
        accessKeyId: 'AKLTDEMOIMCONSOLE0000000000000000',
        secretKey: 'wrong-secret-value',
        sessionToken: undefined,
      },
    });
    try {
      const res = await t.post('/api/lookups', lookup([MAX]));
      expect(res.status).toBe(502);
      const text = await res.text();
      expect(JSON.parse(text).error.upstream.code).toBe('SignatureDoesNotMatch');
      expect(text).not.toContain('wrong-secret-value');
      expect(t.logs.join('')).not.toContain('wrong-secret-value');
    } finally {
      await t.close();
    }
  });

  it('then an unknown access key is InvalidAccessKey', async () => {
    const t = await startTestConsole({
      credentials: { accessKeyId: 'AKLTUNKNOWN', secretKey: 'x', sessionToken: undefined },
    });
    try {
      const res = await t.post('/api/lookups', lookup([MAX]));
      expect(((await res.json()) as ApiErrorBody).error.upstream?.code).toBe('InvalidAccessKey');
    } finally {
      await t.close();
    }
  });
});

describe('When many lookups run at once', () => {
  it('then upstream calls stay within the QPS limit in every window, without throttles', async () => {
    const t = await startTestConsole({ env: { VOLC_QPS: '10', IM_BATCH_SIZE: '10' } });
    try {
      const ids = Array.from({ length: 40 }, (_, i) => String(8000000000000000000n + BigInt(i)));
      const responses = await Promise.all(
        Array.from({ length: 5 }, () => t.post('/api/lookups', lookup(ids, { conversationId: '7300000000000000000' }))),
      );
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      const stats = t.emulator.flowLimits.stats();
      expect(stats.byAction[MEMBERS]?.calls).toBe(20);
      expect(stats.byAction.BatchGetConversations?.calls).toBe(5);
      expect(stats.throttled).toBe(0);
      expect(stats.busiestWindow).toBeLessThanOrEqual(10);
    } finally {
      await t.close();
    }
  });
});

describe('Secrets', () => {
  it('When lookups succeed and fail, then no log line or response holds the secret key or a signature', async () => {
    const t = await startTestConsole();
    try {
      t.emulator.faults.add({
        kind: 'gateway-error',
        status: 401,
        code: 'SignatureDoesNotMatch',
        count: 1,
        action: MEMBERS,
      });
      const texts = [
        await (await t.post('/api/lookups', lookup([MAX]))).text(),
        await (await t.post('/api/lookups', lookup([MAX]))).text(),
      ];
      const everything = texts.join('') + t.logs.join('');
      expect(t.logs.length).toBeGreaterThan(2);
      expect(everything).not.toContain(t.config.credentials.secretKey);
      expect(everything).not.toMatch(/HMAC-SHA256|Signature=|X-Content-Sha256/i);
    } finally {
      await t.close();
    }
  });
});
