import type { APIRequestContext } from '@playwright/test';
import { ADMIN, type Credentials, expect, signIn, signInWithForm, test } from './fixtures';
import { PORTS } from './ports';

// The second console: its sign-in limits and operators are this spec's own, so the failures below use
// none of the per-IP allowance the other specs' sign-ins share on the first.
const BASE = `http://localhost:${PORTS.reasonConsole}`;

test.describe('Sign-in limits and disabled accounts', () => {
  test.use({ signedInAs: null });

  let admin: APIRequestContext;
  test.beforeAll(async ({ playwright }) => {
    admin = await playwright.request.newContext({ baseURL: BASE });
    await signIn(admin, ADMIN);
  });
  test.afterAll(() => admin.dispose());

  async function createOperator(account: Credentials) {
    const response = await admin.post('/api/operators', { data: { ...account, role: 'viewer', apps: ['100001'] } });
    // 409: a retry of this test made it already.
    expect([201, 409]).toContain(response.status());
  }

  test("When someone else keeps guessing an operator's password, then the operator's own browser still signs in", async ({
    page,
    playwright,
  }) => {
    const lena = { username: 'lena', password: 'lena-password-12' };
    await createOperator(lena);
    await page.goto(`${BASE}/sign-in`);
    await signInWithForm(page, lena);
    await expect(page.getByRole('group', { name: 'Signed in as lena (Viewer)' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

    const attacker = await playwright.request.newContext({ baseURL: BASE });
    for (let i = 0; i < 5; i += 1) {
      const response = await attacker.post('/api/session', { data: { ...lena, password: `guess-number-${i}` } });
      expect(response.status()).toBe(401);
    }
    const refused = await attacker.post('/api/session', { data: lena });
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
    await attacker.dispose();

    await signInWithForm(page, lena);

    await expect(page.getByRole('group', { name: 'Signed in as lena (Viewer)' })).toBeVisible();
  });

  test('When a disabled operator signs in with the right password, then the page says the account is disabled', async ({
    page,
  }, testInfo) => {
    const dirk = { username: 'dirk', password: 'dirk-password-12' };
    await createOperator(dirk);
    expect((await admin.patch('/api/operators/dirk', { data: { disabled: true } })).status()).toBe(200);
    await page.goto(`${BASE}/sign-in`);

    await signInWithForm(page, dirk);

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This account is disabled');
    await expect(alert).toContainText('Ask your console administrator');
    await expect(alert).toContainText('account_disabled');
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.screenshot({ path: testInfo.outputPath('sign-in-disabled.png'), animations: 'disabled' });
  });
});
