import { type Browser, expect, type Page, test } from '@playwright/test';
import { ADMIN, signIn } from './fixtures';
import { PORTS } from './ports';

/** The console with single sign-on (see SSO_ENV in playwright.config.ts) and the test provider's people. */
const SSO_CONSOLE = `http://127.0.0.1:${PORTS.ssoConsole}`;
const VICTOR = { username: 'victor', password: 'victor-sso-password' };
const ALICE = { username: 'alice', password: 'alice-sso-password' };
const NINA = { username: 'nina', password: 'nina-sso-password' };
const WENDY = { username: 'wendy', password: 'wendy-sso-password' };

test.use({ baseURL: SSO_CONSOLE });

/** At the provider's own login page, as a person would. */
async function logInAtProvider(page: Page, person: { username: string; password: string }) {
  await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
  await page.getByLabel('Username').fill(person.username);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Signs in with SSO in a browser of its own (no provider session yet); returns where the console sent it. */
async function ssoSignInElsewhere(browser: Browser, person: { username: string; password: string }) {
  const context = await browser.newContext({ baseURL: SSO_CONSOLE });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Sign in with Example Corp' }).click();
  await logInAtProvider(page, person);
  await page.waitForURL((url) => url.origin === SSO_CONSOLE);
  return { page, context };
}

test.describe('Single sign-on', () => {
  test('When a support agent signs in with SSO, then they land as a viewer with only the mapped app, and signing out also leaves the provider', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Sign in with Example Corp' }).click();
    await logInAtProvider(page, VICTOR);

    await expect(page).toHaveURL(`${SSO_CONSOLE}/`);
    await expect(page.getByRole('group', { name: 'Signed in as victor (Viewer)' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Lookup' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Audit' })).toHaveCount(0);
    // Granted one app only (im-support=100001), so there is nothing to choose; the session says which.
    await expect(page.getByRole('combobox', { name: 'App' })).toHaveCount(0);
    const session = await (await page.request.get('/api/session')).json();
    expect(session).toMatchObject({ username: 'victor', role: 'viewer', apps: ['100001'], sso: true });
    const config = await (await page.request.get('/api/config')).json();
    expect(config.apps.map((a: { id: string }) => a.id)).toEqual(['100001']);

    await page.getByRole('button', { name: 'Sign out' }).click();
    // The provider asks whether to end its own session too (RP-initiated logout), then sends the browser back.
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await expect(page).toHaveURL(`${SSO_CONSOLE}/sign-in`);
    await expect(page.getByRole('link', { name: 'Sign in with Example Corp' })).toBeVisible();
    expect((await page.request.get('/api/session')).status()).toBe(401);

    // Signed out at the provider as well: SSO asks for the password again.
    await page.getByRole('link', { name: 'Sign in with Example Corp' }).click();
    await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
  });

  test('When an admin opens the audit log signed out, then SSO brings them back to it as an admin', async ({
    page,
  }) => {
    await page.goto('/audit');
    await expect(page).toHaveURL(`${SSO_CONSOLE}/sign-in`);
    await page.getByRole('link', { name: 'Sign in with Example Corp' }).click();
    await logInAtProvider(page, ALICE);

    await expect(page).toHaveURL(`${SSO_CONSOLE}/audit`);
    await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Signed in as alice (Admin)' })).toBeVisible();
  });

  test('When someone outside the console’s groups signs in, then the sign-in page says they have no access', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Sign in with Example Corp' }).click();
    await logInAtProvider(page, NINA);

    await expect(page).toHaveURL(`${SSO_CONSOLE}/sign-in?error=sso_refused`);
    await expect(page.getByRole('alert')).toContainText('Your account has no access to this console');
    expect((await page.request.get('/api/session')).status()).toBe(401);
  });

  test('When an SSO operator has signed in once, then an admin sees them with the SSO chip and no Reset password, and after the admin disables them their next SSO sign-in is refused (screenshots)', async ({
    page,
    browser,
  }, testInfo) => {
    const first = await ssoSignInElsewhere(browser, WENDY);
    await expect(first.page).toHaveURL(`${SSO_CONSOLE}/`);
    await expect(first.page.getByRole('group', { name: 'Signed in as wendy (Viewer)' })).toBeVisible();

    await signIn(page.request, ADMIN);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/operators');
    const row = page
      .getByRole('table', { name: 'Operators' })
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: /^wendy\b/ }) });
    const chip = row.getByText('SSO', { exact: true });
    await expect(chip).toBeVisible();
    // The chip takes keyboard focus (its label is the text inside it), and focus shows what it means.
    await chip.locator('xpath=..').focus();
    await expect(page.getByRole('tooltip')).toHaveText(/role and apps come from the identity provider/);
    await page.screenshot({ path: testInfo.outputPath('operators-sso-1280.png') });
    await page.keyboard.press('Escape');

    await row.getByRole('button', { name: 'Actions for wendy' }).click();
    await page.getByRole('menuitem', { name: 'Change role' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the role of wendy' });
    await expect(dialog).toContainText('the groups in the identity provider set the role again');
    await page.screenshot({ path: testInfo.outputPath('operators-sso-role-1280.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await row.getByRole('button', { name: 'Actions for wendy' }).click();
    await expect(page.getByRole('menuitem')).toHaveText(['Change role', 'Change apps', 'Disable']);
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    await expect(row.getByText('Disabled')).toBeVisible();

    // Disabling signed her out at once; her next single sign-on is refused, with the reason.
    expect((await first.page.request.get('/api/session')).status()).toBe(401);
    await first.context.close();
    const again = await ssoSignInElsewhere(browser, WENDY);
    await expect(again.page).toHaveURL(`${SSO_CONSOLE}/sign-in?error=account_disabled`);
    await expect(again.page.getByRole('alert')).toContainText('This account is disabled');
    expect((await again.page.request.get('/api/session')).status()).toBe(401);
    await again.context.close();

    // At phone width the card carries the chip too.
    await page.setViewportSize({ width: 390, height: 800 });
    const card = page
      .getByRole('list', { name: 'Operators' })
      .getByRole('listitem')
      .filter({ hasText: /^wendy/ });
    await expect(card.getByText('SSO', { exact: true })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('operators-sso-390.png'), fullPage: true });

    const zh = await browser.newContext({
      baseURL: SSO_CONSOLE,
      locale: 'zh-CN',
      viewport: { width: 390, height: 800 },
    });
    const zhPage = await zh.newPage();
    await signIn(zhPage.request, ADMIN);
    await zhPage.goto('/operators');
    await expect(
      zhPage
        .getByRole('listitem')
        .filter({ hasText: /^wendy/ })
        .getByText('单点登录', { exact: true }),
    ).toBeVisible();
    await zhPage.screenshot({ path: testInfo.outputPath('operators-sso-zh-390.png'), fullPage: true });
    await zh.close();
  });

  for (const width of [1280, 390]) {
    test(`When the SSO sign-in page is shown at ${width}px, then the button and the form fit (screenshot)`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/sign-in?error=sso_refused');
      await expect(page.getByRole('link', { name: 'Sign in with Example Corp' })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`sso-sign-in-${width}.png`), fullPage: true });
    });
  }

  test.describe('in Chinese', () => {
    test.use({ locale: 'zh-CN' });

    test('When the browser reads Chinese, then the SSO button, its intro and the refusal are Chinese (screenshot)', async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto('/sign-in?error=sso_refused');
      await expect(page.getByRole('link', { name: '使用 Example Corp 登录' })).toBeVisible();
      await expect(page.getByRole('alert')).toContainText('您的账号无权使用此控制台');
      await expect(page.getByText('使用公司账号。')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath('sso-sign-in-zh-390.png'), fullPage: true });
    });
  });
});
