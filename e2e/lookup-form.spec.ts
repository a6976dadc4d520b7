import type { Page } from '@playwright/test';
import { ADMIN, expect, signIn, test } from './fixtures';
import { EXAMPLE, participantsGrid, rowFor } from './grid';
import { PORTS } from './ports';

/** Counts lookups the page sends, to prove that invalid input never leaves the browser. */
function countLookupRequests(page: Page) {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/lookups') sent.push(request.url());
  });
  return sent;
}

test.describe('Lookup form', () => {
  test('When user IDs hold invalid tokens, then they are flagged and Look up stays disabled', async ({
    page,
  }, testInfo) => {
    const sent = countLookupRequests(page);
    await page.goto('/');

    await page.getByLabel('Conversation ID').fill(EXAMPLE.conversationId);
    const userIds = page.getByRole('textbox', { name: 'User IDs' });
    await userIds.fill('9223372036854775807, abc\t0\n9007199254740993 9223372036854775808');

    await expect(page.getByText('Not valid IDs: abc, 0, 9223372036854775808')).toBeVisible();
    await expect(page.getByText('2 user IDs')).toBeVisible();
    await expect(userIds).toHaveAttribute('aria-invalid', 'true');
    const lookUp = page.getByRole('button', { name: 'Look up' });
    await expect(lookUp).toBeDisabled();

    await userIds.press('ControlOrMeta+Enter');
    await page.screenshot({ path: testInfo.outputPath('form-invalid.png') });

    // A request is only seen once sent, so send a valid lookup: it must be the first and only one.
    await userIds.fill(EXAMPLE.owner);
    await userIds.press('ControlOrMeta+Enter');
    await expect(page.getByRole('status').filter({ hasText: 'member' })).toHaveText('1 member · 0 not members');
    expect(sent).toHaveLength(1);
  });

  test('When a spreadsheet column is pasted, then tabs, CRLF and repeats are handled', async ({ page }) => {
    await page.goto('/');

    await page.getByRole('textbox', { name: 'User IDs' }).fill('1\t2\r\n2\t3\r\n0003\r\n');

    await expect(page.getByText('3 user IDs · 2 repeated')).toBeVisible();
  });

  test('When the conversation ID is out of range, then the field says so', async ({ page }) => {
    await page.goto('/');

    const conversation = page.getByLabel('Conversation ID');
    await conversation.fill('9223372036854775808');
    await page.getByRole('textbox', { name: 'User IDs' }).fill('1');

    await expect(conversation).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByText('Conversation ID must be a decimal integer from 1 to 9223372036854775807'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Look up' })).toBeDisabled();
  });

  test('When more user IDs are entered than the server allows, then it is an error', async ({ page }) => {
    // The limit comes from the server (IM_MAX_USER_IDS, 50,000 by default); a lower one keeps the paste small.
    await page.route('**/api/config', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), maxUserIds: 1000 } });
    });
    await page.goto('/');

    const ids = Array.from({ length: 1001 }, (_, i) => String(7300000000000100000n + BigInt(i)));
    await page.getByLabel('Conversation ID').fill(EXAMPLE.conversationId);
    await page.getByRole('textbox', { name: 'User IDs' }).fill(ids.join('\n'));

    await expect(page.getByText('At most 1,000 user IDs per lookup')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Look up' })).toBeDisabled();
  });

  test('When Ctrl/Cmd+Enter is pressed in a valid form, then the lookup runs with a busy state', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    // Hold the answer back until the loading state has been seen, however long the page takes to show it.
    let answer = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    await page.route('**/api/lookups', async (route) => {
      await answered;
      await route.continue();
    });

    await page.getByRole('combobox', { name: 'App' }).click();
    await page.getByRole('option', { name: /Demo Community/ }).click();
    await page.getByLabel('Conversation ID').fill(EXAMPLE.conversationId);
    const userIds = page.getByRole('textbox', { name: 'User IDs' });
    await userIds.fill(`${EXAMPLE.owner}\n${EXAMPLE.notMember}`);
    await userIds.press('ControlOrMeta+Enter');

    await expect(page.getByRole('progressbar', { name: 'Lookup progress' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Look up' })).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('lookup-loading.png') });
    answer();

    await expect(page.getByRole('status').filter({ hasText: 'member' })).toHaveText('1 member · 1 not a member');
    await expect(rowFor(page, EXAMPLE.owner)).toBeVisible();
    await expect(participantsGrid(page).getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Look up' })).toBeEnabled();
    await expect(page.getByRole('progressbar', { name: 'Lookup progress' })).toHaveCount(0);
  });

  test('When the server requires a reason, then the field is marked and nothing is sent without one', async ({
    page,
  }) => {
    // The second e2e server runs with LOOKUP_REASON=required (see playwright.config.ts).
    const reasonBase = `http://localhost:${PORTS.reasonConsole}`;
    await signIn(page.request, ADMIN, reasonBase);
    const sent = countLookupRequests(page);
    await page.goto(`${reasonBase}/`);

    const reason = page.getByRole('textbox', { name: 'Reason' });
    await expect(reason).toHaveAttribute('required', '');
    await page.getByRole('button', { name: 'Try an example' }).click();

    await expect(reason).toBeFocused();
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Enter a reason: a ticket number or a short note')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Look up' })).toBeDisabled();
    expect(sent).toEqual([]);

    await reason.fill('TICKET-9');
    await page.getByRole('button', { name: 'Look up' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'member' })).toHaveText('8 members · 1 not a member');
    expect(sent).toHaveLength(1);
  });
});
