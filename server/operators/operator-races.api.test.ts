import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

const activeAdmins = async (t: TestConsole) =>
  (await t.services.operators.list()).filter((op) => op.role === 'admin' && !op.disabled).map((op) => op.username);

describe('The last active admin, under concurrency', () => {
  let t: TestConsole;
  const patch = (username: string, body: unknown, cookie: string) =>
    fetch(`${t.base}/api/operators/${username}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify(body),
    });
  beforeEach(async () => {
    t = await startTestConsole();
  });
  afterEach(() => t.close());

  // Each change also sets a password: hashing it takes long enough that both requests are in flight
  // together, which is when a check made apart from the write lets both through.
  it.each([
    ['demote', { role: 'viewer' }],
    ['disable', { disabled: true }],
  ])(
    'When two admins %s each other at once, then exactly one succeeds, the other is 409, and an admin remains',
    async (_verb, change) => {
      const rootCookie = t.adminCookie;
      const otherCookie = await t.operatorCookie('other-admin', 'admin', ['*']);
      const body = { ...change, password: 'brand-new-password-1' };

      const [a, b] = await Promise.all([
        patch('other-admin', body, rootCookie),
        patch('root-admin', body, otherCookie),
      ]);

      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      expect(((await loser.json()) as { error: { code: string } }).error.code).toBe('conflict');
      expect(await activeAdmins(t)).toHaveLength(1);
    },
  );

  it('When an admin is demoted while their own change is being prepared, then their change is refused', async () => {
    await t.createOperator('admin-b', 'admin-b-password-1', 'admin', ['*']);
    await t.createOperator('admin-c', 'admin-c-password-1', 'admin', ['*']);
    const idOf = async (username: string) =>
      (await t.services.repositories.operators.findByUsername(username))?.id ?? null;
    const actor = async (username: string) => ({ operatorId: await idOf(username), username, ip: null });

    // B's change starts first and is still hashing its password when the root admin demotes B.
    const bDemotesC = t.services.operators.update(
      'admin-c',
      { role: 'viewer', password: 'brand-new-password-1' },
      await actor('admin-b'),
    );
    await t.services.operators.update('admin-b', { role: 'viewer' }, await actor('root-admin'));

    await expect(bDemotesC).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    expect((await activeAdmins(t)).sort()).toEqual(['admin-c', 'root-admin']);
  });
});
