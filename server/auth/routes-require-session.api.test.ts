import type { Router } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRouter } from '../app';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every route mounted under /api, read from the router itself so a new one can't be missed. */
function apiRoutes(router: Router): Array<{ method: string; path: string }> {
  const walk = (stack: Layer[]): Array<{ method: string; path: string }> =>
    stack.flatMap((layer) => {
      const route = layer.route;
      if (route)
        return Object.keys(route.methods).map((method) => ({
          method: method.toUpperCase(),
          path: `/api${route.path}`,
        }));
      return layer.handle?.stack ? walk(layer.handle.stack) : [];
    });
  return walk((router as unknown as { stack: Layer[] }).stack);
}

describe('Deny by default', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole();
  });
  afterAll(() => t.close());

  it('When any /api route but sign-in and its options is called without a session, then it answers 401 and touches nothing', async () => {
    const routes = apiRoutes(apiRouter(t.services));
    // A sanity floor: if the walk broke, this test must not pass by checking nothing.
    expect(routes.length).toBeGreaterThanOrEqual(9);
    for (const { method, path } of routes) {
      const url = t.base + path.replace(/:(\w+)/g, 'x');
      const body = method === 'GET' || method === 'HEAD' ? undefined : '{}';
      const res = await fetch(url, { method, headers: { 'Content-Type': 'application/json' }, body });
      if (method === 'POST' && path === '/api/session') {
        expect(res.status, `${method} ${path}`).toBe(400); // public, but still validated
      } else if (method === 'GET' && path === '/api/session/options') {
        expect(res.status, `${method} ${path}`).toBe(200); // public: how the sign-in page offers to sign in
      } else {
        expect(res.status, `${method} ${path}`).toBe(401);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
      }
    }
    expect(t.takeReceived()).toHaveLength(0);
  });

  it('When a forged or stale cookie is sent, then it is 401 too', async () => {
    for (const cookie of ['imc_session=forged', 'imc_session=', 'other=1']) {
      expect((await t.get('/api/config', { Cookie: cookie })).status).toBe(401);
    }
  });
});
