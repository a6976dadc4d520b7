import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { TEST_SERVICES } from '../testing/external-services';
import { freePort } from '../testing/free-port';
import { ADMIN, startTestConsole } from '../testing/start-test-console';

describe.skipIf(!inject('services').redis)('Sign-in limits shared through Redis', () => {
  it('When guesses are spread over two replicas, then both count them, and the next guess anywhere gets 429', async () => {
    const env = { REDIS_URL: TEST_SERVICES.redis, REDIS_PREFIX: `imc-test-${randomUUID()}:` };
    const [a, b] = [await startTestConsole({ env }), await startTestConsole({ env })];
    try {
      await a.waitFor(async () => ((await fetch(`${a.base}/readyz`)).status === 200 ? true : undefined));
      // The test consoles signed their admin in once already; those successes gave their points back.
      const statuses = [];
      for (let i = 0; i < 6; i += 1)
        statuses.push((await (i % 2 ? b : a).signIn(ADMIN.username, 'wrong-password-x')).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      const res = await b.signIn(ADMIN.username, 'wrong-password-x');
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('When the shared store is unreachable', () => {
  it('then sign-in refuses with 503 rather than let guesses through uncounted', async () => {
    const t = await startTestConsole({ env: { REDIS_URL: `redis://127.0.0.1:${await freePort()}` } });
    try {
      const res = await t.signIn(ADMIN.username, ADMIN.password);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
    } finally {
      await t.close();
    }
  });
});
