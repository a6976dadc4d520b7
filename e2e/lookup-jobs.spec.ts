import { BULK_CONVERSATION, BULK_FIRST_MEMBER, DEMO_CONVERSATIONS } from '../server/demo/demo-constants';
import {
  clearFaults,
  DEFAULT_EMULATOR_SETTINGS,
  emulatorCalls,
  injectFault,
  MEMBER_CHECK,
  resetEmulatorCalls,
  setEmulator,
} from './emulator';
import { expect, test } from './fixtures';
import { cellOf, EXAMPLE, participantsGrid, rowFor, runExample } from './grid';

const SCAN = 'ScanConversationParticipantList';
const bulkMember = (i: number) => String(BULK_FIRST_MEMBER + BigInt(i));
const summary = (page: import('@playwright/test').Page) => page.getByRole('status').filter({ hasText: 'member' });

test.afterEach(async ({ request }) => {
  await clearFaults(request);
  await setEmulator(request, DEFAULT_EMULATOR_SETTINGS);
});

test.describe('Lookup jobs', () => {
  test('When User IDs is left empty, then every member of the demo conversation is listed, with the header and progress', async ({
    page,
    request,
  }, testInfo) => {
    // Opaque cursors make the browse walk its pages one after another, so the running state can be seen.
    await setEmulator(request, { latencyMs: 50, cursorStyle: 'opaque' });
    await page.goto('/');
    await page.getByLabel('Conversation ID').fill(BULK_CONVERSATION.conversationId);
    await expect(page.getByRole('checkbox', { name: 'Newest joined first' })).toBeVisible();

    await page.getByRole('button', { name: 'List all members' }).click();

    const progress = page.getByRole('progressbar', { name: 'Lookup progress' });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuetext', /of 20,000 members/);
    await page.screenshot({ path: testInfo.outputPath('browse-running.png') });
    const header = page.getByRole('region', { name: 'Demo Town Square' });
    await expect(header).toBeVisible();
    await expect(header).toContainText('Group');
    await expect(header).toContainText('20,000');
    await expect(header.locator('time').first()).toContainText(/UTC/);

    await expect(summary(page)).toHaveText('20,000 members');
    await expect(progress).toHaveCount(0);
    // The pager counts every row, not only the page shown.
    await expect(page.getByText('1–100 of 20,000')).toBeVisible();
    await expect(rowFor(page, bulkMember(0))).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('browse-done.png'), fullPage: true });
  });

  test('When Newest joined first is ticked, then the listing starts with the last member to join', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Conversation ID').fill(EXAMPLE.conversationId);
    await page.getByRole('checkbox', { name: 'Newest joined first' }).check();

    await page.getByRole('button', { name: 'List all members' }).click();

    await expect(summary(page)).toHaveText(/^\d+ members$/);
    await expect(participantsGrid(page).locator('[role="row"][data-id]').first()).not.toHaveAttribute(
      'data-id',
      EXAMPLE.owner,
    );
  });

  test('When a job is cancelled midway, then its rows stay marked partial and the emulator gets no more calls', async ({
    page,
    request,
  }, testInfo) => {
    // Opaque cursors make the browse walk its 200 pages one by one; at 300 ms a page that is a minute.
    await setEmulator(request, { latencyMs: 300, cursorStyle: 'opaque' });
    await resetEmulatorCalls(request);
    await page.goto('/');
    await page.getByLabel('Conversation ID').fill(BULK_CONVERSATION.conversationId);
    await page.getByRole('button', { name: 'List all members' }).click();
    await expect(page.getByRole('progressbar', { name: 'Lookup progress' })).toHaveAttribute(
      'aria-valuetext',
      /^[1-9][\d,]* of 20,000 members$/,
    );

    await page.getByRole('button', { name: 'Cancel' }).click();

    const cancelled = page.getByRole('alert').filter({ hasText: 'Cancelled after' });
    await expect(cancelled).toContainText(/Cancelled after \d+ of 201 calls — partial results/);
    await expect(cancelled).toContainText('Partial');
    await expect(page.getByRole('progressbar', { name: 'Lookup progress' })).toHaveCount(0);
    await expect(participantsGrid(page).locator('[role="row"][data-id]').first()).toBeVisible();
    const atCancel = (await emulatorCalls(request))[SCAN]?.calls ?? 0;
    await page.screenshot({ path: testInfo.outputPath('cancelled.png') });

    // Another job runs to its end meanwhile: ample time for a job still going on the server to call again.
    await page.getByRole('textbox', { name: 'User IDs' }).fill(bulkMember(0));
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(summary(page)).toHaveText('1 member · 0 not members');

    const after = await emulatorCalls(request);
    // One page may have been on its way when the connection closed; nothing was sent after that.
    expect(after[SCAN]?.calls ?? 0).toBeLessThanOrEqual(atCancel + 1);
    expect(after[SCAN]?.calls ?? 0).toBeLessThan(200);
  });

  test('When some batches fail, then their IDs are listed with the error and "Retry N not checked" finishes them', async ({
    page,
    request,
  }, testInfo) => {
    // 250 IDs: 200 members and 50 who are not, in three batches; AccessDenied is not retried, so one batch fails.
    const ids = [
      ...Array.from({ length: 200 }, (_, i) => bulkMember(i)),
      ...Array.from({ length: 50 }, (_, i) => bulkMember(30_000 + i)),
    ];
    await page.goto('/');
    await page.getByLabel('Conversation ID').fill(BULK_CONVERSATION.conversationId);
    await page.getByRole('textbox', { name: 'User IDs' }).fill(ids.join('\n'));
    await injectFault(request, { kind: 'error-200', code: 'AccessDenied', count: 1, action: MEMBER_CHECK });

    await page.getByRole('button', { name: 'Look up' }).click();

    const warning = page.getByRole('alert').filter({ hasText: 'not checked' });
    await expect(warning).toContainText('AccessDenied');
    const retry = warning.getByRole('button', { name: /^Retry (100|50) not checked$/ });
    await expect(retry).toBeVisible();
    await expect(summary(page)).toContainText(/ · (100|50) not checked$/);
    await page.screenshot({ path: testInfo.outputPath('unchecked.png') });

    await retry.click();

    await expect(summary(page)).toHaveText('200 members · 50 not members');
    await expect(page.getByRole('alert').filter({ hasText: 'not checked' })).toHaveCount(0);
    await expect(cellOf(rowFor(page, bulkMember(0)), 'status')).toHaveText('Active');
  });

  test('When the conversation is dissolved, then a warning says so above its members', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Conversation ID').fill(DEMO_CONVERSATIONS.dissolved.conversationId);
    await page.getByRole('button', { name: 'List all members' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'This conversation has been dissolved' })).toBeVisible();
    await expect(summary(page)).toHaveText('3 members');
  });

  test('When the conversation does not exist, then it says so plainly and shows no member rows', async ({ page }) => {
    await runExample(page);
    await expect(summary(page)).toBeVisible();
    await page.getByLabel('Conversation ID').fill(DEMO_CONVERSATIONS.unknown.conversationId);

    await page.getByRole('button', { name: 'Look up' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'No such conversation' })).toContainText(
      DEMO_CONVERSATIONS.unknown.conversationId,
    );
    await expect(participantsGrid(page)).toHaveCount(0);
    await expect(summary(page)).toHaveCount(0);
  });
});
