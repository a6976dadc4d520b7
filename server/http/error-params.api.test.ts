import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../contract/errors';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

const lookup = { appId: '100001', conversationId: '7101234567890123456', userIds: ['9223372036854775807'] };

/** The client words errors from `code`, `field` and `params`; these must say what the English message says. */
describe('Error params', () => {
  let t: TestConsole;
  beforeAll(async () => {
    // A small ID limit, so the body limit is the general 100 kB one.
    t = await startTestConsole({ env: { IM_MAX_USER_IDS: '1000' } });
  });
  afterAll(() => t.close());

  const errorOf = async (res: Response) => ((await res.json()) as ApiErrorBody).error;

  it.each([
    ['a missing field', { appId: '100001', userIds: ['1'] }, 'conversationId', { rule: 'required' }],
    ['an ID out of range', { ...lookup, conversationId: '0' }, 'conversationId', { rule: 'id_range' }],
    ['a bad ID in a list', { ...lookup, userIds: ['1', 'x'] }, 'userIds.1', { rule: 'id_range' }],
    [
      'too many IDs',
      { ...lookup, userIds: Array.from({ length: 1001 }, (_, i) => String(i + 1)) },
      'userIds',
      { rule: 'too_many_items', limit: 1000 },
    ],
    ['a reason too long', { ...lookup, reason: 'x'.repeat(501) }, 'reason', { rule: 'too_long', limit: 500 }],
    ['a wrong type', { ...lookup, userIds: 'all' }, 'userIds', { rule: 'invalid' }],
    ['an app the console does not serve', { ...lookup, appId: '424242' }, 'appId', { rule: 'unknown_app' }],
  ])('When a lookup has %s, then the 400 names the field and the rule', async (_case, body, field, params) => {
    const res = await t.post('/api/lookups', body);

    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: 'invalid_request', field, params });
  });

  it('When a sign-in username is too long, then the rule carries the limit', async () => {
    const res = await t.signIn('u'.repeat(65), 'whatever-password');

    expect(await errorOf(res)).toMatchObject({ field: 'username', params: { rule: 'too_long', limit: 64 } });
  });

  it('When an admin tries to disable their own account, then the rule says so', async () => {
    const res = await fetch(`${t.base}/api/operators/root-admin`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Cookie: t.adminCookie },
      body: JSON.stringify({ disabled: true }),
    });

    expect(await errorOf(res)).toMatchObject({ code: 'invalid_request', params: { rule: 'own_account' } });
  });

  it('When the body is over the limit, then the 413 carries the limit in bytes', async () => {
    const res = await t.post('/api/lookups', { ...lookup, reason: 'x'.repeat(200_000) });

    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatchObject({ code: 'body_too_large', params: { limit: 102_400 } });
  });
});
