import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

describe('Operator input hygiene', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole();
    await t.createOperator('nora', 'nora-password-123', 'viewer', []);
  });
  afterAll(() => t.close());
  const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; field?: string } }).error;

  it.each([
    ['username', { username: 'eve\u0000admin', password: 'eve-password-123' }],
    ['password', { username: 'eve', password: 'eve-password-123\u0000' }],
  ])(
    'When a new operator’s %s holds a NUL, then it is a 400 naming it and no operator is made',
    async (field, body) => {
      const res = await t.post('/api/operators', { ...body, role: 'viewer', apps: [] });

      expect(res.status).toBe(400);
      expect(await errorOf(res)).toMatchObject({ code: 'invalid_request', field });
      expect((await t.services.operators.list()).map((op) => op.username)).not.toContain('eve');
    },
  );

  it('When a new password holds a NUL, then the change is a 400 naming password and the old password still works', async () => {
    const res = await fetch(`${t.base}/api/operators/nora`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Cookie: t.adminCookie },
      body: JSON.stringify({ password: 'nora-new-password\u0000' }),
    });

    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: 'invalid_request', field: 'password' });
    expect((await t.signIn('nora', 'nora-password-123')).status).toBe(200);
  });
});

describe('Listing operators', () => {
  it('When an admin lists operators, then every operator comes back with role, apps and state', async () => {
    const t = await startTestConsole();
    try {
      await t.createOperator('lister', 'lister-password-1', 'viewer', ['100001']);
      const res = await t.get('/api/operators');
      expect(res.status).toBe(200);
      const list = (await res.json()) as Array<{ username: string; role: string; apps: string[]; disabled: boolean }>;
      expect(list.map((op) => op.username)).toEqual(['lister', 'root-admin']);
      expect(list[0]).toMatchObject({ role: 'viewer', apps: ['100001'], disabled: false });
    } finally {
      await t.close();
    }
  });
});

describe('Passwords the console makes', () => {
  it('When an admin adds an operator without a password, then one is made, shown once, and works', async () => {
    const t = await startTestConsole();
    try {
      const res = await t.post('/api/operators', { username: 'newbie', role: 'viewer', apps: ['100001'] });
      expect(res.status).toBe(201);
      const { generatedPassword } = (await res.json()) as { generatedPassword: string };
      expect(generatedPassword).toMatch(/^[A-Za-z2-9]{20}$/);
      expect((await t.signIn('newbie', generatedPassword)).status).toBe(200);
      const listed = await (await t.get('/api/operators')).text();
      const audited = await (await t.get('/api/audit.csv?event=operator_created')).text();
      for (const text of [listed, audited, t.logs.join('')]) expect(text).not.toContain(generatedPassword);
      expect(audited).toContain('generated');
    } finally {
      await t.close();
    }
  });

  it('When an admin resets a password, then a new one is shown once, the old one and its sessions stop working', async () => {
    const t = await startTestConsole();
    try {
      const cookie = await t.operatorCookie('forgetful', 'viewer', ['100001']);
      const res = await fetch(`${t.base}/api/operators/forgetful`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Cookie: t.adminCookie },
        body: JSON.stringify({ resetPassword: true }),
      });
      expect(res.status).toBe(200);
      const { generatedPassword } = (await res.json()) as { generatedPassword: string };
      expect((await t.get('/api/session', { Cookie: cookie })).status).toBe(401);
      expect((await t.signIn('forgetful', 'forgetful-password-123')).status).toBe(401);
      expect((await t.signIn('forgetful', generatedPassword)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
