import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

describe('A short idle limit', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole({ env: { SESSION_IDLE_SECONDS: '20' } });
  });
  afterAll(() => t.close());

  it('When a session with a 20 s idle limit is used every 10 s, then it stays alive; after 21 s idle it ends', async () => {
    const cookie = await t.operatorCookie('quick-quinn', 'viewer', ['100001']);

    for (const seconds of [10, 20, 30, 40, 50, 60]) {
      t.clock.offsetMs = seconds * 1000;
      expect((await t.get('/api/session', { Cookie: cookie })).status, `at +${seconds} s`).toBe(200);
    }
    t.clock.offsetMs = 81_000;
    const idle = await t.get('/api/session', { Cookie: cookie });
    t.clock.offsetMs = 0;

    expect(idle.status).toBe(401);
  });
});
