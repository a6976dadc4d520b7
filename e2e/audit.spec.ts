import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { AuditHeadResponse } from '../contract/audit';
import { expect, test } from './fixtures';
import { EXAMPLE } from './grid';

/** A user ID no other spec uses, so filtering by it finds this run's lookup alone. */
const uniqueUserId = () => String(7300000000000400000n + BigInt(Date.now() % 100_000));

async function lookUp(page: Page, userIds: string[], reason: string) {
  await page.goto('/');
  await page.getByLabel('Conversation ID').fill(EXAMPLE.conversationId);
  await page.getByRole('textbox', { name: 'User IDs' }).fill(userIds.join('\n'));
  await page.getByLabel('Reason').fill(reason);
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'member' })).toBeVisible();
}

const recordCount = (page: Page) => page.getByRole('status').filter({ hasText: /record/ });

test.describe('Audit log', () => {
  test('When a lookup is made with a reason, then the audit log lists it and filters find it', async ({
    page,
    request,
  }, testInfo) => {
    const userId = uniqueUserId();
    // A failed sign-in from another client, so the log also shows a refusal; named for this run, so a retry or
    // another spec's failures never make a second row like it.
    const intruder = `mallory-${userId.slice(-5)}`;
    expect((await request.post('/api/session', { data: { username: intruder, password: 'guess-1' } })).status()).toBe(
      401,
    );
    await page.goto('/');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'member' })).toBeVisible();
    await lookUp(page, [EXAMPLE.owner, userId], 'TICKET-123');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).click();

    await expect(page).toHaveURL(/\/audit$/);
    const grid = page.getByRole('grid');
    await expect(grid.getByRole('columnheader')).toHaveText([
      'Time',
      'Operator',
      'Event',
      'Outcome',
      'App',
      'Conversation ID',
      'User IDs',
      'Found',
      'Not members',
      'Reason',
      'Request IDs',
      'Duration',
      'IP',
    ]);
    // Newest first: the lookup just made heads the list.
    const newest = grid.getByRole('row').nth(1);
    await expect(newest).toContainText('TICKET-123');
    await expect(newest).toContainText('Lookup');
    await expect(newest).toContainText('ok');
    await expect(newest).toContainText('admin');
    await expect(newest).toContainText(EXAMPLE.conversationId);
    await expect(newest.getByRole('button', { name: '2 user IDs' })).toBeVisible();
    const failed = grid.getByRole('row').filter({ hasText: 'Failed sign-in' }).filter({ hasText: intruder });
    await expect(failed).toHaveCount(1);
    await expect(failed.getByRole('img', { name: 'Failed' })).toBeVisible();
    await expect(newest.getByRole('img', { name: 'Succeeded' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('audit.png'), animations: 'disabled' });

    await page.getByLabel('User ID', { exact: true }).fill(userId);

    await expect(page).toHaveURL(new RegExp(`userId=${userId}`));
    await expect(recordCount(page)).toHaveText('1 record');
    const row = grid.getByRole('row').filter({ hasText: 'TICKET-123' });
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: '2 user IDs' }).click();
    const userIds = page.getByRole('dialog', { name: '2 user IDs' });
    await expect(userIds.getByRole('listitem')).toHaveText([EXAMPLE.owner, userId]);
    await expect(userIds).toHaveCSS('opacity', '1');
    await page.screenshot({ path: testInfo.outputPath('audit-user-ids.png') });
    await page.keyboard.press('Escape');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(userId);
    expect(csv).toContain('TICKET-123');
    expect(csv).toContain(EXAMPLE.owner);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByLabel('User ID', { exact: true })).toHaveValue('');
    await expect(recordCount(page)).not.toHaveText('1 record');
  });

  test('When a reason hides a bidi override, then the page shows it escaped, under a chain head to copy', async ({
    page,
    context,
  }, testInfo) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const userId = String(BigInt(uniqueUserId()) + 200_000n);
    await lookUp(page, [userId], 'INC-7\u202Egpj.exe');

    await page.goto(`/audit?userId=${userId}`);

    const row = page.getByRole('grid').getByRole('row').filter({ hasText: 'INC-7' });
    await expect(row).toContainText('INC-7\\u202Egpj.exe');
    const { head } = (await (await page.request.get('/api/audit/head')).json()) as AuditHeadResponse;
    expect(head).not.toBeNull();
    await expect(
      page.getByText(`Chain head #${head?.id.toLocaleString('en-US')} · ${head?.hash.slice(0, 16)}…`),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Copy chain head' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${head?.id}:${head?.hash}`);
    // From the copy button, the keyboard reaches the explanation next.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'About the chain head' })).toBeFocused();
    await expect(page.getByRole('tooltip').filter({ hasText: 'npm run audit -- verify --head' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('audit-chain-head.png') });
  });

  test('When filtering by event, then only those events are listed', async ({ page, request }) => {
    // Another event beside this test's own sign-in, so the filter has something to leave out.
    expect((await request.post('/api/session', { data: { username: 'eve', password: 'guess-2' } })).status()).toBe(401);
    await page.goto('/audit');
    const events = page.getByRole('grid').locator('[role="gridcell"][data-field="event"]');
    await expect(events.filter({ hasText: 'Failed sign-in' }).first()).toBeVisible();

    const filtered = page.waitForResponse((response) => {
      const url = new URL(response.url());
      return url.pathname === '/api/audit' && url.searchParams.get('event') === 'sign_in';
    });
    await page.getByRole('combobox', { name: 'Event' }).click();
    await page.getByRole('option', { name: 'Sign-in', exact: true }).click();
    const { total } = (await (await filtered).json()) as { total: number };

    await expect(page).toHaveURL(/event=sign_in/);
    // The grid keeps the unfiltered page on screen while the filtered one loads: wait until every row matches.
    await expect.poll(async () => new Set(await events.allInnerTexts())).toEqual(new Set(['Sign-in']));
    await expect(recordCount(page)).toHaveText(total === 1 ? '1 record' : `${total.toLocaleString('en-US')} records`);
  });

  test('When filtering by outcome, then only records with that outcome are listed', async ({ page, request }) => {
    // A refused sign-in, so the filter has something to leave out.
    expect((await request.post('/api/session', { data: { username: 'eve', password: 'guess-3' } })).status()).toBe(401);
    await page.goto('/audit');
    const outcomes = page.getByRole('grid').locator('[role="gridcell"][data-field="outcome"]');
    const events = page.getByRole('grid').locator('[role="gridcell"][data-field="event"]');
    await expect(events.filter({ hasText: 'Failed sign-in' }).first()).toBeVisible();

    const filtered = page.waitForResponse((response) => {
      const url = new URL(response.url());
      return url.pathname === '/api/audit' && url.searchParams.get('outcome') === 'ok';
    });
    await page.getByRole('combobox', { name: 'Outcome' }).click();
    await page.getByRole('option', { name: 'OK', exact: true }).click();
    const { total } = (await (await filtered).json()) as { total: number };

    await expect(page).toHaveURL(/outcome=ok/);
    await expect.poll(async () => new Set(await outcomes.allInnerTexts())).toEqual(new Set(['OK']));
    await expect(events.filter({ hasText: 'Failed sign-in' })).toHaveCount(0);
    await expect(recordCount(page)).toHaveText(total === 1 ? '1 record' : `${total.toLocaleString('en-US')} records`);
  });

  test('When an ID filter is not an ID, then it is flagged and the list stays as it was', async ({ page }) => {
    const queried: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/audit' && url.searchParams.has('conversationId'))
        queried.push(url.searchParams.get('conversationId') ?? '');
    });
    await page.goto('/audit');
    await expect(recordCount(page)).toBeVisible();
    const before = await recordCount(page).textContent();

    const conversation = page.getByLabel('Conversation ID');
    await conversation.fill('12ab');

    await expect(conversation).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('ID must be a decimal integer from 1 to 9223372036854775807')).toBeVisible();
    await expect(page).toHaveURL(/\/audit$/);
    await expect(recordCount(page)).toHaveText(before ?? '');
    // Nothing shows a request that was never sent, so correct the ID and see which filters the server got.
    await conversation.fill('12');
    await expect(page).toHaveURL(/conversationId=12$/);
    await expect(recordCount(page)).toHaveText('0 records');
    expect(queried).toEqual(['12']);
  });
});
