import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Cookie, Page, PlaywrightWorkerArgs } from '@playwright/test';
import { clearFaults, injectFault } from './emulator';
import { ADMIN, type Credentials, expect, signIn, test } from './fixtures';
import { EXAMPLE, rowFor } from './grid';

type Language = 'en' | 'zh-CN';

/** The lookup form's own words, from the catalogues, so one walk serves both languages. */
function lookupTexts(language: Language): { submit: string; example: string } {
  const catalogue = JSON.parse(readFileSync(`client/locales/${language}/lookup.json`, 'utf8'));
  return catalogue.form;
}

/** A finished fade would otherwise be scanned half-way, when its text is still faint. */
async function settled(page: Page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
}

/** The page's headings in document order: one h1, and no level skipped on the way down. */
async function expectHeadingsInOrder(page: Page, where: string) {
  const levels = await page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((el) => el.checkVisibility())
      .map((el) => Number(el.tagName.slice(1))),
  );
  expect(
    levels.filter((level) => level === 1),
    `one h1 on ${where}: ${levels}`,
  ).toHaveLength(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level - (levels[i - 1] ?? 1), `headings on ${where}: ${levels}`).toBeLessThanOrEqual(1);
  });
}

async function expectAccessible(page: Page, where: string) {
  await settled(page);
  await expectHeadingsInOrder(page, where);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(serious, `axe on ${where}`).toEqual([]);
}

async function createOperator(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string,
  account: Credentials & { role: 'admin' | 'viewer'; apps: readonly string[] },
) {
  const api = await playwright.request.newContext({ baseURL });
  await signIn(api, ADMIN);
  const response = await api.post('/api/operators', { data: account });
  if (!response.ok() && response.status() !== 409) {
    throw new Error(`Creating ${account.username}: HTTP ${response.status()}`);
  }
  await api.dispose();
}

/** Signs in once through the API and keeps the cookie, so each combination reuses it instead of signing in again. */
async function sessionCookies(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, who: Credentials) {
  const api = await playwright.request.newContext({ baseURL });
  await signIn(api, who);
  const { cookies } = await api.storageState();
  await api.dispose();
  return cookies;
}

// Own accounts: their language and theme stay unset, so each browser's language and colour scheme decide.
const AXE_ADMIN = { username: 'axe-admin', password: 'axe-admin-password-1', role: 'admin', apps: ['*'] } as const;
const AXE_VIEWER = {
  username: 'axe-viewer',
  password: 'axe-viewer-password-1',
  role: 'viewer',
  apps: ['100001'],
} as const;

let adminCookies: Cookie[] = [];
let viewerCookies: Cookie[] = [];

test.describe('Accessibility', () => {
  test.use({ signedInAs: null });

  test.beforeAll(async ({ playwright }, testInfo) => {
    const baseURL = String(testInfo.project.use.baseURL);
    await createOperator(playwright, baseURL, AXE_ADMIN);
    await createOperator(playwright, baseURL, AXE_VIEWER);
    adminCookies = await sessionCookies(playwright, baseURL, AXE_ADMIN);
    viewerCookies = await sessionCookies(playwright, baseURL, AXE_VIEWER);
  });

  test.afterEach(async ({ request }) => {
    await clearFaults(request);
  });

  for (const language of ['en', 'zh-CN'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1280, 390]) {
        test(`When every page is scanned in ${language}, ${colorScheme}, ${width} px wide, then axe finds no serious or critical violation`, async ({
          browser,
          baseURL,
          request,
        }, testInfo) => {
          // Eight pages, each scanned in full, on a busy 2-core machine: the default minute is not enough.
          test.setTimeout(240_000);
          const context: BrowserContext = await browser.newContext({
            baseURL,
            locale: language === 'en' ? 'en-US' : 'zh-CN',
            colorScheme,
            viewport: { width, height: width < 600 ? 844 : 900 },
          });
          const page = await context.newPage();
          const texts = lookupTexts(language);
          const h1 = page.getByRole('heading', { level: 1 });
          const shot = (name: string) =>
            page.screenshot({ path: testInfo.outputPath(`${name}-${language}-${colorScheme}-${width}.png`) });

          await page.goto('/sign-in');
          await expect(page.getByLabel(language === 'en' ? 'Username' : '用户名')).toBeVisible();
          await expectAccessible(page, 'sign-in');
          await shot('sign-in');

          await context.addCookies(adminCookies);
          await page.goto('/');
          await expect(h1).toBeVisible();
          await injectFault(request, {
            kind: 'error-200',
            code: 'AccessDenied',
            count: 1,
            action: 'BatchGetConversationParticipant',
          });
          await page.getByRole('button', { name: texts.example }).click();
          await expect(page.getByRole('alert').first()).toBeVisible();
          await expectAccessible(page, 'lookup with an error');
          await shot('lookup-error');

          await page.getByRole('button', { name: texts.submit, exact: true }).click();
          // A grid on wide screens, one card per member on a phone.
          await expect(
            width < 600
              ? page.getByRole('article').filter({ hasText: EXAMPLE.owner }).first()
              : rowFor(page, EXAMPLE.owner),
          ).toBeVisible();
          await expectAccessible(page, 'lookup with results');
          await shot('lookup');

          await page.goto('/recent');
          await expect(h1).toBeVisible();
          await expect(page.getByRole('listitem').first()).toBeVisible();
          await expectAccessible(page, 'recent lookups');
          await shot('recent');

          await page.goto('/audit');
          await expect(h1).toBeVisible();
          await expect(page.getByRole('grid').getByRole('row').nth(1)).toBeVisible();
          await expectAccessible(page, 'audit');
          await shot('audit');

          await page.goto('/operators');
          // A table on wide screens, one card per operator on a phone.
          await expect(page.getByRole('main').getByText(AXE_VIEWER.username, { exact: true }).first()).toBeVisible();
          await expectAccessible(page, 'operators');

          await page.goto('/no-such-page');
          await expect(h1).toBeVisible();
          await expectAccessible(page, 'not found');

          await context.clearCookies();
          await context.addCookies(viewerCookies);
          await page.goto('/audit');
          await expect(h1).toBeVisible();
          await expectAccessible(page, 'no access');
          await shot('no-access');

          await context.close();
        });
      }
    }
  }
});

test.describe('Keyboard focus', () => {
  test('When the first Tab lands on the skip link and it is followed, then focus is on the main content', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    // The next stop is inside the page, past the whole top bar.
    expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
    await page.screenshot({ path: testInfo.outputPath('focus-ring.png') });
  });

  test.describe('signed out', () => {
    test.use({ signedInAs: null });

    test('When an operator signs in, then focus is on the page heading', async ({ page, viewerAccount }) => {
      await page.goto('/sign-in');
      await page.getByLabel('Username').fill(viewerAccount.username);
      await page.getByLabel('Password').fill(viewerAccount.password);
      await page.getByRole('button', { name: 'Sign in' }).click();

      await expect(page.getByRole('heading', { level: 1, name: 'Look up conversation members' })).toBeFocused();
    });
  });

  test('When the operator moves to another page, then focus is on that page heading', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeFocused();
  });
});

test.describe('Theme', () => {
  test.use({ signedInAs: null });

  test('When an operator picks dark, then it survives a reload and follows them to a new browser', async ({
    page,
    browser,
    baseURL,
    playwright,
  }) => {
    const account = {
      username: 'night-owl',
      password: 'night-owl-password-1',
      role: 'viewer',
      apps: ['100001'],
    } as const;
    await createOperator(playwright, String(baseURL), account);
    await signIn(page.request, account);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const html = page.locator('html');
    await expect(html).toHaveClass(/light/);

    await page.getByRole('button', { name: 'Theme: System' }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();

    await expect(html).toHaveClass(/dark/);
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(15, 19, 32)');
    await expect
      .poll(async () => (await (await page.request.get('/api/session')).json()).preferences.theme)
      .toBe('dark');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
    await expect(html).toHaveClass(/dark/);

    const other = await browser.newContext({ baseURL, colorScheme: 'light' });
    const otherPage = await other.newPage();
    await otherPage.goto('/sign-in');
    await otherPage.getByLabel('Username').fill(account.username);
    await otherPage.getByLabel('Password').fill(account.password);
    await otherPage.getByRole('button', { name: 'Sign in' }).click();
    await expect(otherPage.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
    await expect(otherPage.locator('html')).toHaveClass(/dark/);
    await other.close();
  });

  test('When dark is picked on the sign-in page, then it stays for the next visit and is saved on signing in', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const account = {
      username: 'dusk-dai',
      password: 'dusk-dai-password-1',
      role: 'viewer',
      apps: ['100001'],
    } as const;
    await createOperator(playwright, String(baseURL), account);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/sign-in');

    await page.getByRole('button', { name: 'Theme: System' }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.getByLabel('Username').fill(account.username);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // The sign-in page has a theme menu too: wait for the console itself.
    await expect(page.getByRole('heading', { level: 1, name: 'Look up conversation members' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
    await expect
      .poll(async () => (await (await page.request.get('/api/session')).json())?.preferences?.theme)
      .toBe('dark');
  });
});
