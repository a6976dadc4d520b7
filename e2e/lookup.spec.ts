import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { cellOf, EXAMPLE, participantsGrid, rowFor, runExample } from './grid';

test.describe('Lookup with demo data', () => {
  test('When the console opens in demo mode, then it shows the title, the demo chip and the form', async ({ page }) => {
    await page.goto('/');

    await expect(page.getByRole('banner').getByText('IM Participant Console')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Look up conversation members' })).toBeVisible();
    await expect(page.getByText('Demo data')).toBeVisible();
    await expect(page.getByLabel('Conversation ID')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'User IDs' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'App' })).toBeVisible();
    // With User IDs empty the form offers to list every member; nothing can be sent without a conversation.
    await expect(page.getByRole('button', { name: 'List all members' })).toBeDisabled();
  });

  test('When "Try an example" runs, then the grid shows roles, status, mutes and ext', async ({ page }, testInfo) => {
    await runExample(page);

    const grid = participantsGrid(page);
    await expect(grid.getByRole('columnheader')).toHaveText([
      'User ID',
      'Nickname',
      'Role',
      'Level',
      'Status',
      'Muted until',
      'Joined',
      'Operator',
      'Ext',
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'members' })).toHaveText('8 members · 1 not a member');
    await expect(page.getByText(/^RequestId/).first()).toBeVisible();

    const owner = rowFor(page, EXAMPLE.owner);
    await expect(cellOf(owner, 'nickname')).toHaveText('Mira Chen');
    await expect(cellOf(owner, 'role')).toHaveText('Owner');
    await expect(cellOf(owner, 'level')).toHaveText('30');
    await expect(cellOf(owner, 'status')).toHaveText('Active');
    await expect(cellOf(owner, 'mutedUntil')).toHaveText('—');
    await expect(cellOf(owner, 'ext')).toContainText('s:from=biz');
    await expect(cellOf(owner, 'ext')).toContainText('team=support');

    await expect(cellOf(rowFor(page, EXAMPLE.admin), 'role')).toHaveText('Admin');
    await expect(cellOf(rowFor(page, EXAMPLE.arabicAdmin), 'nickname')).toHaveText('أحمد');
    await expect(cellOf(rowFor(page, EXAMPLE.left), 'status')).toHaveText('Left');

    const unknownRole = rowFor(page, EXAMPLE.unknownRole);
    await expect(cellOf(unknownRole, 'role')).toHaveText('3');
    await expect(cellOf(unknownRole, 'nickname')).toHaveText('—');
    await expect(cellOf(unknownRole, 'joinedAt')).toHaveText('—');

    const muted = cellOf(rowFor(page, EXAMPLE.muted), 'mutedUntil');
    await expect(muted).toContainText(/in [34] hours/);
    await expect(muted).not.toContainText('Expired');
    await expect(cellOf(rowFor(page, EXAMPLE.expiredMute), 'mutedUntil')).toHaveText('Expired · 2 days ago');

    // The long Ext value must be readable in full, not cut off with an ellipsis.
    const longExt = cellOf(rowFor(page, EXAMPLE.hostile), 'ext').getByText(/^long=/);
    await expect(longExt).toHaveText(
      'long=a value long enough that a grid cell would truncate it, so the full map must be readable elsewhere',
    );
    expect(await longExt.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);

    await page.screenshot({ path: testInfo.outputPath('lookup.png'), fullPage: true });
  });

  test('When an ID is not in the conversation, then its row says "Not a member" and the rest is empty', async ({
    page,
  }) => {
    await runExample(page);

    const row = rowFor(page, EXAMPLE.notMember);
    await expect(cellOf(row, 'status')).toHaveText('Not a member');
    for (const field of ['nickname', 'role', 'level', 'mutedUntil', 'joinedAt', 'operator', 'ext']) {
      await expect(cellOf(row, field)).toHaveText('—');
    }
  });

  test('When IDs exceed 2^53, then they appear digit for digit on screen and in the CSV export', async ({ page }) => {
    await runExample(page);

    await expect(cellOf(rowFor(page, EXAMPLE.owner), 'userId')).toHaveText('9223372036854775807');
    await expect(cellOf(rowFor(page, EXAMPLE.admin), 'userId')).toHaveText('9007199254740993');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('User ID,Nickname,Role,Level,Status,Muted until,Joined,Operator,Ext');
    expect(lines[1]?.startsWith('9223372036854775807,Mira Chen,Owner,30,Active,')).toBe(true);
    expect(lines[2]?.startsWith('9007199254740993,')).toBe(true);
    expect(csv).toContain('7300000000000000099,,,,Not a member,');
  });

  test('When User ID is sorted, then IDs order numerically, not as text or floats', async ({ page }) => {
    await runExample(page);
    await expect(rowFor(page, EXAMPLE.owner)).toBeVisible();

    await participantsGrid(page).getByRole('columnheader', { name: 'User ID' }).click();

    // toHaveText retries until the grid has re-rendered in the new order; reading the cells at once could see the old.
    await expect(participantsGrid(page).locator('[role="gridcell"][data-field="userId"]')).toHaveText([
      '9007199254740993',
      '7300000000000000011',
      '7300000000000000012',
      '7300000000000000013',
      '7300000000000000014',
      '7300000000000000015',
      '7300000000000000016',
      '7300000000000000099',
      '9223372036854775807',
    ]);
  });

  test('When a nickname holds HTML, then it is shown as text and no element is created', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await runExample(page);

    const row = rowFor(page, EXAMPLE.hostile);
    await expect(cellOf(row, 'nickname')).toHaveText('<img src=x onerror=alert(1)>');
    await expect(cellOf(row, 'ext')).toContainText('bio=<script>alert("x")</script>');
    await expect(participantsGrid(page).locator('img, script')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});
