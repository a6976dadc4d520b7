import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../contract/errors';
import type { LookupResponse } from '../../contract/lookup';
import { DEMO_EXAMPLE } from '../demo/demo-constants';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

const CONVERSATION = DEMO_EXAMPLE.conversationId;
const MEMBERS = 'BatchGetConversationParticipant';
const [OWNER = '', ADMIN = '', , MUTED = ''] = DEMO_EXAMPLE.userIds;
const lookup = (userIds: string[]) => ({ appId: '100001', conversationId: CONVERSATION, userIds });
const member = (userId: string, conversationId = CONVERSATION) =>
  `{"ConversationShortId":${conversationId},"ParticipantUserId":${userId},"Role":0}`;

describe('When the gateway answers with something other than a well-formed answer', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole({ env: { IM_BATCH_SIZE: '3', UPSTREAM_MAX_BYTES: String(4 * 1024 * 1024) } });
  });
  afterAll(() => t.close());
  afterEach(() => {
    t.emulator.faults.clear();
    t.takeReceived();
  });

  /** Sends a 9-ID lookup (three batches) whose first batch gets `result` as its Result. */
  async function lookupWithFirstBatch(result: string) {
    t.emulator.faults.add({ kind: 'result', result, count: 1, action: MEMBERS });
    const res = await t.post('/api/lookups', lookup(DEMO_EXAMPLE.userIds));
    expect(res.status).toBe(200);
    return (await res.json()) as LookupResponse;
  }

  const garbled: Array<[string, string]> = [
    ['a participant of another conversation', `{"Participants":[${member(OWNER, '7101234567890123457')}]}`],
    ['an ID rounded by a float parser', `{"Participants":[${member('9223372036854775808')}]}`],
    ['a participant nobody asked for', `{"Participants":[${member('7300000000000000013')}]}`],
    ['the same participant twice', `{"Participants":[${member(OWNER)},${member(OWNER)}]}`],
    ['the list under a lowercase key', `{"participants":[${member(OWNER)}]}`],
    ['an unknown key beside Participants', '{"Participants":[],"NextCursor":5}'],
    ['Participants that is not a list', '{"Participants":{"0":1}}'],
    ['a Result that is a list', '[]'],
    ['a Result that is null', 'null'],
    [
      'IDs as strings',
      `{"Participants":[{"ConversationShortId":"${CONVERSATION}","ParticipantUserId":"${OWNER}","Role":0}]}`,
    ],
  ];
  it.each(garbled)(
    '%s, then the batch is not checked (UnexpectedResult) and none of it is "not a member"',
    async (_name, result) => {
      const body = await lookupWithFirstBatch(result);
      const firstBatch = DEMO_EXAMPLE.userIds.slice(0, 3);
      expect(body.unanswered).toHaveLength(1);
      expect(body.unanswered[0]?.userIds).toEqual(firstBatch);
      expect(body.unanswered[0]?.error).toMatchObject({ code: 'UnexpectedResult', status: 502 });
      expect(body.unanswered[0]?.error.message.length).toBeGreaterThan(0);
      for (const id of firstBatch) {
        expect(body.notMembers).not.toContain(id);
        expect(body.participants.map((p) => p.userId)).not.toContain(id);
      }
      // The other two batches were read as usual.
      expect(body.participants.length + body.notMembers.length).toBe(6);
    },
  );

  it.each([['{}'], ['{"Participants":[]}'], ['{"Participants":null}']])(
    '%s, then it still means none of the batch are members',
    async (result) => {
      const body = await lookupWithFirstBatch(result);
      expect(body.unanswered).toEqual([]);
      expect(body.notMembers).toEqual(expect.arrayContaining(DEMO_EXAMPLE.userIds.slice(0, 3)));
    },
  );

  it('When every batch is garbled, then the whole lookup fails with 502 and the upstream code', async () => {
    t.emulator.faults.add({ kind: 'result', result: '{"participants":[]}', count: 1, action: MEMBERS });
    const res = await t.post('/api/lookups', lookup([OWNER]));
    expect(res.status).toBe(502);
    const { error } = (await res.json()) as ApiErrorBody;
    expect(error.code).toBe('upstream_bad_response');
    expect(error.upstream?.code).toBe('UnexpectedResult');
  });

  it('When an answer streams past UPSTREAM_MAX_BYTES, then the call is cut off as ResponseTooLarge and the console stays responsive', async () => {
    t.emulator.faults.add({ kind: 'huge', bytes: 100 * 1024 * 1024, count: 1, action: MEMBERS });
    const pending = t.post('/api/lookups', lookup([OWNER, ADMIN, MUTED, '7300000000000000099']));
    // While the gateway streams, everyone else is still served.
    expect((await fetch(`${t.base}/healthz`)).status).toBe(200);
    const body = (await (await pending).json()) as LookupResponse;
    expect(body.unanswered[0]?.error).toMatchObject({ code: 'ResponseTooLarge', status: 502 });
    expect(body.unanswered[0]?.userIds).toEqual([OWNER, ADMIN, MUTED]);
    expect(body.notMembers).toEqual(['7300000000000000099']);
  });

  it('When Content-Length announces too much, then nothing is read and the batch is ResponseTooLarge', async () => {
    t.emulator.faults.add({ kind: 'huge', bytes: 50 * 1024 * 1024, declareLength: true, count: 1, action: MEMBERS });
    const res = await t.post('/api/lookups', lookup([OWNER]));
    expect(res.status).toBe(502);
    expect(((await res.json()) as ApiErrorBody).error.upstream?.code).toBe('ResponseTooLarge');
  });

  it('When a big answer fits the limit, then it is read off the main thread and still judged by its content', async () => {
    // 2 MB of participants nobody asked for: parsed on the worker, refused as UnexpectedResult.
    t.emulator.faults.add({ kind: 'huge', bytes: 2 * 1024 * 1024, count: 1, action: MEMBERS });
    const res = await t.post('/api/lookups', lookup([OWNER]));
    expect(res.status).toBe(502);
    const { error } = (await res.json()) as ApiErrorBody;
    expect(error.upstream).toMatchObject({ code: 'UnexpectedResult' });
    expect(error.upstream?.message).toContain('another conversation');
    expect(t.logs.join('')).toContain('"msg":"upstream answer read on the worker thread"');
  });
});
