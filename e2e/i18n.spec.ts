import type { Browser, Page, PlaywrightWorkerArgs } from '@playwright/test';
import { ALL_ATTEMPTS, clearFaults, injectFault, MEMBER_CHECK } from './emulator';
import { ADMIN, type Credentials, expect, signIn, signInWithForm, test, VIEWER } from './fixtures';
import { cellOf, EXAMPLE, rowFor } from './grid';

/**
 * Words that may stay in Latin script on a Chinese page: product, protocol and unit names, key caps, the language
 * switch's own "English", and the accounts this run signs in with. Data (IDs, nicknames, Ext, codes, app labels) is
 * marked translate="no" and skipped on its own.
 */
const ALLOWED = new Set([
  ...['IM', 'ID', 'UTC', 'RequestId', 'CSV', 'Excel', 'JSON', 'HTTP', 'IP', 'Ctrl', 'Enter', 'English'],
  ADMIN.username,
  VIEWER.username,
]);

/**
 * Every text an operator can see or hear on the page, outside elements marked translate="no"; and the data those
 * elements hold, which labels may repeat ("axe-admin 的操作" names the account whose row it is).
 */
async function visibleTexts(page: Page): Promise<{ texts: string[]; data: string[] }> {
  return page.evaluate(() => {
    const texts = [document.title];
    const shown = (el: Element) => !el.closest('[translate="no"]') && el.checkVisibility({ visibilityProperty: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement && shown(node.parentElement)) texts.push(node.textContent ?? '');
    }
    for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if (!shown(el)) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) texts.push(el.getAttribute(name) ?? '');
    }
    const data = [...document.body.querySelectorAll('[translate="no"]')].map((el) => el.textContent ?? '');
    return { texts, data };
  });
}

/**
 * Fails naming each English word found on the page and the text it was in. A token with a digit in it is an ID, a
 * RequestId or a zone ("UTC+8"), never a word to translate.
 */
async function expectNoEnglish(page: Page, where: string) {
  const { texts, data } = await visibleTexts(page);
  const dataWords = new Set(data.flatMap((text) => text.match(/[A-Za-z]+/g) ?? []));
  const found = texts.flatMap((text) =>
    text
      .split(/[\s,;:()（）：，、·]+/)
      .filter((token) => !/\d/.test(token))
      .flatMap((token) => token.match(/[A-Za-z]+/g) ?? [])
      .filter((word) => !ALLOWED.has(word) && !dataWords.has(word))
      .map((word) => `${word} (in "${text.trim()}")`),
  );
  expect(found, `English on ${where}`).toEqual([]);
}

/** A throwaway operator, so saving a language or time zone never changes what other specs see. */
async function createOperator(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string,
  username: string,
): Promise<Credentials> {
  const api = await playwright.request.newContext({ baseURL });
  await signIn(api, ADMIN);
  const account = { username, password: `${username}-password-1`, role: 'admin', apps: ['*'] };
  const response = await api.post('/api/operators', { data: account });
  if (!response.ok() && response.status() !== 409) throw new Error(`Creating ${username}: HTTP ${response.status()}`);
  await api.dispose();
  return { username, password: account.password };
}

test.describe('Chinese everywhere', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

  test.afterEach(async ({ request }) => {
    await clearFaults(request);
  });

  test.describe('signed out', () => {
    test.use({ signedInAs: null });

    test('When a zh-CN browser opens the sign-in page, then it is all Chinese', async ({ page }, testInfo) => {
      await page.goto('/');

      await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expectNoEnglish(page, 'sign-in');
      await page.getByLabel('用户名').fill('nobody-zh');
      await page.getByLabel('密码').fill('wrong-password');
      await page.getByRole('button', { name: '登录' }).click();
      await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
      await expectNoEnglish(page, 'sign-in error');
      await page.screenshot({ path: testInfo.outputPath('zh-sign-in.png') });
    });
  });

  test('When a lookup has results, then the page, the grid and its pager are Chinese', async ({ page }, testInfo) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();

    await expect(page.getByRole('status').filter({ hasText: '成员' })).toHaveText('8 名成员 · 1 个非成员');
    await expect(cellOf(rowFor(page, EXAMPLE.owner), 'role')).toHaveText('群主');
    await expect(cellOf(rowFor(page, EXAMPLE.muted), 'mutedUntil')).toContainText(/[34]小时后/);
    await expect(cellOf(rowFor(page, EXAMPLE.owner), 'joinedAt')).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
    await expectNoEnglish(page, 'lookup');
    await page.screenshot({ path: testInfo.outputPath('zh-lookup.png'), fullPage: true });
  });

  test("When a member's drawer opens, on a desktop and on a phone, then it and the cards are Chinese", async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();
    await page.getByRole('button', { name: `${EXAMPLE.owner} 的详情` }).click();
    const drawer = page.getByRole('dialog', { name: `成员详情 ${EXAMPLE.owner}` });
    await expect(drawer.getByRole('searchbox', { name: '搜索扩展信息' })).toBeVisible();
    await expectNoEnglish(page, 'member drawer');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('article', { name: `成员 ${EXAMPLE.owner}` })).toBeVisible();
    await expectNoEnglish(page, 'member cards');
    await page.screenshot({ path: testInfo.outputPath('zh-cards.png') });
  });

  test('When a lookup fails after one succeeded, then the alert, its advice and the stale results are Chinese', async ({
    page,
    request,
  }, testInfo) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();
    await expect(page.getByRole('status').filter({ hasText: '成员' })).toBeVisible();
    await injectFault(request, {
      kind: 'gateway-error',
      status: 429,
      code: 'FlowLimitExceeded',
      count: ALL_ATTEMPTS,
      action: MEMBER_CHECK,
    });

    await page.getByRole('button', { name: '查询', exact: true }).click();

    const alert = page.getByRole('alert').filter({ hasText: '火山引擎繁忙' });
    await expect(alert).toContainText('请稍等几秒后重试');
    await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
    await expect(page.getByText('已过时 — 最近一次操作失败，以下是此前的结果。')).toBeVisible();
    await expectNoEnglish(page, 'lookup error');
    await page.screenshot({ path: testInfo.outputPath('zh-lookup-error.png'), fullPage: true });
  });

  test('When the audit log opens, then filters, date pickers, grid and pager are Chinese', async ({
    page,
  }, testInfo) => {
    await page.goto('/audit');

    await expect(page.getByRole('status').filter({ hasText: '条记录' })).toBeVisible();
    await expect(page.getByRole('group', { name: '开始时间' })).toBeVisible();
    await expectNoEnglish(page, 'audit');
    await page
      .getByRole('button', { name: /选择日期/ })
      .first()
      .click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoEnglish(page, 'audit date picker');
    await page.screenshot({ path: testInfo.outputPath('zh-audit-picker.png') });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: testInfo.outputPath('zh-audit.png') });
  });

  test('When the operators page and an unknown address open, then they are Chinese', async ({ page }, testInfo) => {
    await page.goto('/operators');
    await expect(page.getByRole('table', { name: '操作员' })).toBeVisible();
    await expectNoEnglish(page, 'operators');
    await page.screenshot({ path: testInfo.outputPath('zh-operators.png') });
    await page.getByRole('button', { name: '添加操作员' }).click();
    await expect(page.getByRole('dialog', { name: '添加操作员' })).toBeVisible();
    await expectNoEnglish(page, 'add operator dialog');
    await page.screenshot({ path: testInfo.outputPath('zh-add-operator.png'), animations: 'disabled' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'admin 的操作', exact: true }).click();
    await expect(page.getByRole('menuitem', { name: '重置密码' })).toBeVisible();
    await expectNoEnglish(page, 'operator actions menu');
    await page.getByRole('menuitem', { name: '重置密码' }).click();
    await expect(page.getByRole('dialog', { name: '重置 admin 的密码？' })).toBeVisible();
    await expectNoEnglish(page, 'reset password dialog');
    await page.keyboard.press('Escape');

    await page.goto('/no-such-page');
    await expect(page.getByText('页面不存在')).toBeVisible();
    await expectNoEnglish(page, 'not found');
  });

  test('When a lookup link, an expired link and the recent lookups open, then they are Chinese', async ({
    page,
  }, testInfo) => {
    await page.goto(`/?app=${EXAMPLE.appId}&conversation=${EXAMPLE.conversationId}&users=${EXAMPLE.owner}`);
    await expect(page.getByRole('status').filter({ hasText: '成员' })).toBeVisible();
    await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible();
    await expectNoEnglish(page, 'lookup from a link');

    await page.goto('/l/AAAAAAAAAAAAAAAAAAAAAA');
    await expect(page.getByText('此链接已过期或不存在')).toBeVisible();
    await expectNoEnglish(page, 'expired link');

    await page.goto('/recent');
    await expect(page.getByRole('list', { name: '我最近的查询' }).getByRole('listitem').first()).toBeVisible();
    await expectNoEnglish(page, 'recent lookups');
    await page.screenshot({ path: testInfo.outputPath('zh-recent.png'), fullPage: true });
  });

  test.describe('as a viewer', () => {
    test.use({ signedInAs: 'viewer' });

    test('When a viewer opens the audit log, then the refusal is Chinese', async ({ page }) => {
      await page.goto('/audit');

      await expect(page.getByText('您无权查看审计日志')).toBeVisible();
      await expectNoEnglish(page, 'no access');
    });
  });
});

test.describe('Language and time zone switches', () => {
  test.use({ signedInAs: null, locale: 'en-US', timezoneId: 'Asia/Shanghai' });

  async function freshPage(browser: Browser, baseURL: string | undefined) {
    const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'Asia/Shanghai' });
    return { context, page: await context.newPage() };
  }

  test('When an operator switches to Chinese, then the page changes at once and the choice follows them to another browser', async ({
    page,
    browser,
    playwright,
    baseURL,
  }, testInfo) => {
    const account = await createOperator(playwright, baseURL ?? '', 'lang-li');
    await page.goto('/sign-in');
    await signInWithForm(page, account);
    await expect(page.getByRole('heading', { level: 1, name: 'Look up conversation members' })).toBeVisible();

    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitemradio', { name: '简体中文' }).click();

    await expect(page.getByRole('heading', { level: 1, name: '查询会话成员' })).toBeVisible();
    // The form is empty, so its button offers to list every member.
    await expect(page.getByRole('button', { name: '列出全部成员', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle('IM 会话成员控制台');
    await page.screenshot({ path: testInfo.outputPath('switched-to-zh.png') });

    const other = await freshPage(browser, baseURL);
    await other.page.goto('/sign-in');
    await expect(other.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await signInWithForm(other.page, account);
    await expect(other.page.getByRole('heading', { level: 1, name: '查询会话成员' })).toBeVisible();
    await other.context.close();

    await page.getByRole('button', { name: '语言：简体中文' }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'List all members' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('When a language is picked on the sign-in page, then it stays for the next visit and is saved on signing in', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const account = await createOperator(playwright, baseURL ?? '', 'lang-wang');
    await page.goto('/sign-in');

    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitemradio', { name: '简体中文' }).click();
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
    await page.getByLabel('用户名').fill(account.username);
    await page.getByLabel('密码').fill(account.password);
    await page.getByRole('button', { name: '登录' }).click();

    await expect(page.getByRole('heading', { level: 1, name: '查询会话成员' })).toBeVisible();
    await expect
      .poll(async () => (await (await page.request.get('/api/session')).json()).preferences.language)
      .toBe('zh-CN');
  });

  test('When times switch to UTC, then every time says UTC, and the tooltip gives local time', async ({
    page,
    playwright,
    baseURL,
  }, testInfo) => {
    // One account per attempt: the first attempt saves UTC on its account, and a retry must start from the default.
    const account = await createOperator(
      playwright,
      baseURL ?? '',
      `utc-ursula-${testInfo.repeatEachIndex}-${testInfo.retry}`,
    );
    await signIn(page.request, account);
    await page.goto('/');
    await page.getByRole('button', { name: 'Try an example' }).click();
    const joined = cellOf(rowFor(page, EXAMPLE.owner), 'joinedAt');
    await expect(joined).toContainText(/\d{1,2}:\d{2} [AP]M UTC\+8$/);
    await joined.locator('time').hover();
    // The pointer may cross other times on its way: the newest tooltip, last in the page, is the hovered one's.
    await expect(page.getByRole('tooltip').last()).toContainText(/^UTC: .+ UTC$/);

    await page.getByRole('button', { name: 'Times shown in UTC+8' }).click();
    await page.getByRole('menuitemradio', { name: 'UTC', exact: true }).click();

    await expect(joined).toContainText(/\d{1,2}:\d{2} [AP]M UTC$/);
    await joined.locator('time').hover();
    await expect(page.getByRole('tooltip').last()).toContainText(/^Local time: .+ UTC\+8$/);
    await page.screenshot({ path: testInfo.outputPath('utc.png') });
    await page.goto('/audit');
    await expect(page.getByRole('grid').getByRole('gridcell').first()).toContainText(/UTC$/);
    await expect(page.getByRole('button', { name: 'Times shown in UTC' })).toBeVisible();
  });
});
