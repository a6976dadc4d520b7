import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../contract/errors';
import type { SessionInfo } from '../../contract/session';
import { openDatabase } from '../db/database';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

describe('Operator preferences', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole();
  });
  afterAll(() => t.close());

  const patch = (body: unknown, cookie: string) =>
    fetch(`${t.base}/api/session/preferences`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const session = async (cookie: string) =>
    (await (await t.get('/api/session', { Cookie: cookie })).json()) as SessionInfo;

  it('When an operator has never chosen, then the session says so: no language, local times, system colours', async () => {
    const cookie = await t.operatorCookie('new-nina', 'viewer', ['100001']);

    const info = await session(cookie);

    expect(info.preferences).toEqual({ language: null, timeZone: 'local', theme: 'system' });
  });

  it('When an operator saves a language, then it answers with and keeps it, and the other field is unchanged', async () => {
    const cookie = await t.operatorCookie('li-wei', 'viewer', ['100001']);
    await patch({ timeZone: 'utc' }, cookie);

    const res = await patch({ language: 'zh-CN' }, cookie);

    expect(res.status).toBe(200);
    expect(((await res.json()) as SessionInfo).preferences).toEqual({
      language: 'zh-CN',
      timeZone: 'utc',
      theme: 'system',
    });
    expect((await session(cookie)).preferences).toEqual({ language: 'zh-CN', timeZone: 'utc', theme: 'system' });
  });

  it('When an operator picks dark colours, then it is kept and comes with their next sign-in', async () => {
    const cookie = await t.operatorCookie('night-nadia', 'viewer', ['100001']);

    const res = await patch({ theme: 'dark' }, cookie);

    expect(res.status).toBe(200);
    expect(((await res.json()) as SessionInfo).preferences).toEqual({
      language: null,
      timeZone: 'local',
      theme: 'dark',
    });
    const again = await t.signIn('night-nadia', 'night-nadia-password-123');
    expect(((await again.json()) as SessionInfo).preferences.theme).toBe('dark');
  });

  it('When the operator signs in again elsewhere, then the saved choice comes with the new session', async () => {
    const cookie = await t.operatorCookie('roaming-ren', 'viewer', ['100001']);
    await patch({ language: 'zh-CN' }, cookie);

    const res = await t.signIn('roaming-ren', 'roaming-ren-password-123');

    expect(((await res.json()) as SessionInfo).preferences.language).toBe('zh-CN');
  });

  it('When the console restarts on the same database, then the choice is still there', async () => {
    const cookie = await t.operatorCookie('durable-dan', 'viewer', ['100001']);
    await patch({ language: 'en', timeZone: 'utc' }, cookie);

    const reopened = await openDatabase({ url: null, dataDir: t.dataDir });
    const row = await reopened.db
      .selectFrom('operators')
      .select('preferences')
      .where('username', '=', 'durable-dan')
      .executeTakeFirstOrThrow();
    await reopened.close();

    expect(JSON.parse(row.preferences)).toEqual({ language: 'en', timeZone: 'utc', theme: 'system' });
  });

  it.each([
    [{ language: 'fr' }, 'language', 1],
    [{ timeZone: 'Asia/Shanghai' }, 'timeZone', 2],
    [{ theme: 'sepia' }, 'theme', 6],
    [{ language: 7 }, 'language', 3],
    [{}, 'body', 4],
    [[], 'body', 5],
  ])('When the body is %j, then it is a 400 naming %s and nothing changes', async (body, field, n) => {
    const cookie = await t.operatorCookie(`picky-${n}`, 'viewer', ['100001']);

    const res = await patch(body, cookie);

    expect(res.status).toBe(400);
    expect(((await res.json()) as ApiErrorBody).error).toMatchObject({ code: 'invalid_request', field });
    expect((await session(cookie)).preferences).toEqual({ language: null, timeZone: 'local', theme: 'system' });
  });

  it('When the body is not JSON, then it is a 400 malformed_json', async () => {
    const res = await patch('{"language":', t.adminCookie);

    expect(res.status).toBe(400);
    expect(((await res.json()) as ApiErrorBody).error.code).toBe('malformed_json');
  });

  it('When the request comes from another site, then it is refused before anything is saved', async () => {
    const cookie = await t.operatorCookie('targeted-tom', 'viewer', ['100001']);

    const res = await fetch(`${t.base}/api/session/preferences`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' },
      body: JSON.stringify({ language: 'zh-CN' }),
    });

    expect(res.status).toBe(403);
    expect((await session(cookie)).preferences.language).toBeNull();
  });

  it('When preferences change, then the audit log is not touched: they are display choices, not account changes', async () => {
    const cookie = await t.operatorCookie('quiet-qi', 'viewer', ['100001']);
    const before = ((await (await t.get('/api/audit?pageSize=1')).json()) as { total: number }).total;

    await patch({ language: 'zh-CN' }, cookie);

    expect(((await (await t.get('/api/audit?pageSize=1')).json()) as { total: number }).total).toBe(before);
  });
});
