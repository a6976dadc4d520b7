import type { Browser, Page } from '@playwright/test';
import { ADMIN, type Credentials, expect, signIn, test } from './fixtures';
import { EXAMPLE, runExample } from './grid';

/** A viewer of this spec's own (others' specs disable and re-enable the shared one), limited to the first app. */
const LINK_VIEWER = { username: 'lena-links', password: 'viewer-password-links', role: 'viewer', apps: ['100001'] };
/** An app the viewer has no grant for. */
const OTHER_APP = '100002';

const summary = (page: Page) => page.getByRole('status').filter({ hasText: /members?\b/ });

/** 300 user IDs: far too many for a readable address, so the lookup is saved under a `/l/<id>` link. */
const LONG_LIST = [
  EXAMPLE.owner,
  EXAMPLE.admin,
  ...Array.from({ length: 298 }, (_, i) => String(7300000000000500000n + BigInt(i))),
];

async function lookUp(page: Page, userIds: readonly string[]) {
  await page.getByLabel('Conversation ID').fill(EXAMPLE.conversationId);
  await page.getByRole('textbox', { name: 'User IDs' }).fill(userIds.join('\n'));
  await page.getByRole('button', { name: 'Look up' }).click();
}

test.beforeAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  await signIn(api, ADMIN);
  const response = await api.post('/api/operators', { data: LINK_VIEWER });
  // 409: a retry of this spec created it already.
  if (!response.ok() && response.status() !== 409) {
    throw new Error(`Creating the viewer failed: HTTP ${response.status()} ${await response.text()}`);
  }
  await api.dispose();
});

/** A page of its own, in a browser context of its own, signed in as `who`. */
async function pageAs(browser: Browser, baseURL: string | undefined, who: Credentials) {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  await signIn(context.request, who);
  return context.newPage();
}

test.describe('Lookups in the address', () => {
  test('When a lookup has run and the page reloads, then the same results show again', async ({ page }) => {
    await runExample(page);
    await expect(summary(page)).toHaveText('8 members · 1 not a member');
    await expect(page).toHaveURL(
      new RegExp(`/\\?app=${EXAMPLE.appId}&conversation=${EXAMPLE.conversationId}&users=${EXAMPLE.owner},`),
    );

    await page.reload();

    await expect(summary(page)).toHaveText('8 members · 1 not a member');
    await expect(page.getByLabel('Conversation ID')).toHaveValue(EXAMPLE.conversationId);
    await expect(page.getByRole('textbox', { name: 'User IDs' })).toHaveValue(new RegExp(`^${EXAMPLE.owner}\\n`));
  });

  test('When the operator goes back and forward, then the page moves between the two lookups', async ({ page }) => {
    await runExample(page);
    await expect(summary(page)).toHaveText('8 members · 1 not a member');
    await lookUp(page, [EXAMPLE.owner, EXAMPLE.admin]);
    await expect(summary(page)).toHaveText('2 members · 0 not members');
    await expect(page).toHaveURL(/users=9223372036854775807,9007199254740993$/);

    await page.goBack();
    await expect(summary(page)).toHaveText('8 members · 1 not a member');
    await expect(page.getByRole('textbox', { name: 'User IDs' })).toHaveValue(new RegExp(EXAMPLE.notMember));

    await page.goForward();
    await expect(summary(page)).toHaveText('2 members · 0 not members');
    await expect(page.getByRole('textbox', { name: 'User IDs' })).toHaveValue(`${EXAMPLE.owner}\n${EXAMPLE.admin}`);
  });

  test('When 300 IDs are looked up, then the lookup gets a /l/ link that reproduces it', async ({
    page,
    context,
  }, testInfo) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await lookUp(page, LONG_LIST);
    await expect(summary(page)).toHaveText('2 members · 298 not members');
    await expect(page).toHaveURL(/\/l\/[A-Za-z0-9_-]{22}$/);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: testInfo.outputPath('long-list-1280.png') });

    const other = await context.newPage();
    await other.goto(copied);
    await expect(summary(other)).toHaveText('2 members · 298 not members');
    await expect(other.getByText('300 user IDs')).toBeVisible();
    await expect(other).toHaveURL(copied);
  });

  test('When a link is unknown or expired, then the page says so and offers a new lookup', async ({ page }) => {
    await page.goto('/l/AAAAAAAAAAAAAAAAAAAAAA');

    await expect(page.getByText('This link has expired or does not exist')).toBeVisible();
    await page.getByRole('link', { name: 'New lookup' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText('No lookup yet')).toBeVisible();
  });

  test('When a viewer opens links to an app that is not theirs, then they see the denial', async ({
    page,
    browser,
    baseURL,
  }) => {
    // The admin saves a long lookup in an app the viewer lacks, and has a short link to it too.
    const saved = await page.request.post('/api/saved-lookups', {
      data: { appId: OTHER_APP, conversationId: EXAMPLE.conversationId, userIds: LONG_LIST },
    });
    expect(saved.status()).toBe(201);
    const { id } = (await saved.json()) as { id: string };

    const viewer = await pageAs(browser, baseURL, LINK_VIEWER);
    await viewer.goto(`/l/${id}`);
    await expect(viewer.getByRole('alert')).toContainText("You don't have access to this");
    await expect(viewer.getByRole('alert')).toContainText('Could not open this link.');

    await viewer.goto(`/?app=${OTHER_APP}&conversation=${EXAMPLE.conversationId}&users=${EXAMPLE.owner}`);
    await expect(viewer.getByRole('alert')).toContainText("You don't have access to this");
    await expect(viewer.getByRole('alert')).toContainText('The lookup did not run.');

    // Their own app's link runs, as theirs.
    await viewer.goto(`/?app=${EXAMPLE.appId}&conversation=${EXAMPLE.conversationId}&users=${EXAMPLE.owner}`);
    await expect(summary(viewer)).toHaveText('1 member · 0 not members');
    await viewer.context().close();
  });
});

test.describe('My recent lookups', () => {
  test('When a viewer opens Recent, then they see their own lookups and can run one again', async ({
    browser,
    baseURL,
  }, testInfo) => {
    const viewer = await pageAs(browser, baseURL, LINK_VIEWER);
    await viewer.goto('/');
    await lookUp(viewer, [EXAMPLE.owner, EXAMPLE.muted, EXAMPLE.notMember]);
    await expect(summary(viewer)).toHaveText('2 members · 1 not a member');
    await viewer.goto('/');

    await viewer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recent' }).click();
    await expect(viewer.getByRole('heading', { name: 'My recent lookups' })).toBeVisible();
    const list = viewer.getByRole('list', { name: 'My recent lookups' });
    const newest = list.getByRole('listitem').first();
    await expect(newest).toContainText(EXAMPLE.conversationId);
    await expect(newest).toContainText('3 user IDs');
    await expect(newest).toContainText('OK');
    // The admin's 300-ID lookups are theirs, not the viewer's.
    await expect(list).not.toContainText('300 user IDs');
    await viewer.screenshot({ path: testInfo.outputPath('recent-1280.png'), fullPage: true });
    await viewer.setViewportSize({ width: 390, height: 844 });
    await viewer.screenshot({ path: testInfo.outputPath('recent-390.png'), fullPage: true });

    await newest.getByRole('button', { name: 'Run again' }).click();

    await expect(viewer).toHaveURL(
      `${baseURL}/?app=${EXAMPLE.appId}&conversation=${EXAMPLE.conversationId}&users=${EXAMPLE.owner},${EXAMPLE.muted},${EXAMPLE.notMember}`,
    );
    await expect(summary(viewer)).toHaveText('2 members · 1 not a member');
    await viewer.screenshot({ path: testInfo.outputPath('rerun-390.png'), fullPage: true });
    await viewer.context().close();
  });
});
