import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecentLookup, SavedLookup } from '../../contract/saved-lookups';
import { DEMO_EXAMPLE } from '../demo/demo-constants';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

const BIG = '9223372036854775807';
const question = { appId: '100001', conversationId: DEMO_EXAMPLE.conversationId, userIds: [BIG, '9007199254740993'] };

describe('Saved lookups and recent lookups', () => {
  let t: TestConsole;
  let viewer = '';
  let outsider = '';
  beforeAll(async () => {
    // Sessions outlive the links here, so moving the clock past a link's end doesn't end the session too.
    t = await startTestConsole({
      env: { SAVED_LOOKUP_DAYS: '2', SESSION_IDLE_SECONDS: '604800', SESSION_MAX_SECONDS: '2592000' },
    });
    viewer = await t.operatorCookie('vera', 'viewer', ['100001']);
    outsider = await t.operatorCookie('otto', 'viewer', ['100002']);
  });
  afterAll(() => t.close());

  const save = (body: unknown, cookie = viewer) => t.post('/api/saved-lookups', body, { Cookie: cookie });
  const open = (id: string, cookie = viewer) => t.get(`/api/saved-lookups/${id}`, { Cookie: cookie });

  it('When a long lookup is saved, then its link gives the same question back, every digit exact', async () => {
    const res = await save({ ...question, newestFirst: true });
    expect(res.status).toBe(201);
    const { id, expiresAt } = (await res.json()) as { id: string; expiresAt: string };
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(86_400_000);
    const saved = (await (await open(id, t.adminCookie)).json()) as SavedLookup;
    expect(saved).toMatchObject({ ...question, newestFirst: true, onlineOnly: false });
  });

  it('When someone without the app opens the link, then it is 403 and tells them nothing of it', async () => {
    const { id } = (await (await save(question)).json()) as { id: string };
    const res = await open(id, outsider);
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain(BIG);
  });

  it('When the link is older than SAVED_LOOKUP_DAYS, or never was, then it is 404', async () => {
    const { id } = (await (await save(question)).json()) as { id: string };
    t.clock.offsetMs = 3 * 86_400_000;
    try {
      expect((await open(id)).status).toBe(404);
    } finally {
      t.clock.offsetMs = 0;
    }
    expect((await open('A'.repeat(22))).status).toBe(404);
    expect((await open('../etc/passwd')).status).toBe(404);
  });

  it('When a lookup is saved for an app the operator lacks, or with a bad ID, then it is refused', async () => {
    expect((await save({ ...question, appId: '100002' })).status).toBe(403);
    const bad = await save({ ...question, userIds: ['x'] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('userIds.0');
  });

  it("When an operator asks for recent lookups, then they see their own only, newest first, and can get one's question back", async () => {
    for (const reason of ['first', 'second']) {
      expect((await t.post('/api/lookups', { ...question, reason }, { Cookie: viewer })).status).toBe(200);
    }
    expect((await t.post('/api/lookups', { ...question, reason: 'the admin' })).status).toBe(200);
    const { lookups } = (await (await t.get('/api/lookups/recent', { Cookie: viewer })).json()) as {
      lookups: RecentLookup[];
    };
    expect(lookups.map((l) => l.reason)).toEqual(['second', 'first']);
    expect(lookups[0]).toMatchObject({ mode: 'lookup', appId: '100001', userCount: 2, outcome: 'ok', found: 2 });
    const again = await (await t.get(`/api/lookups/recent/${lookups[0]?.auditId}`, { Cookie: viewer })).json();
    expect(again).toEqual({ ...question, newestFirst: false, onlineOnly: false });
    // Someone else's record is not theirs to read.
    expect((await t.get(`/api/lookups/recent/${lookups[0]?.auditId}`, { Cookie: outsider })).status).toBe(404);
  });
});
