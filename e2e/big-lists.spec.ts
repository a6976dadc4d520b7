import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { participantsGrid, rowFor } from './grid';

// The demo's 20,000-member conversation: members are 8000000000000000000 + 0 … 19,999.
const BULK = { appId: '100001', conversationId: '7300000000000000000' };
const member = (i: number) => String(8000000000000000000n + BigInt(i));
const MEMBERS = Array.from({ length: 4990 }, (_, i) => member(i));
const NOT_MEMBERS = Array.from({ length: 10 }, (_, i) => member(20_000 + i));
/** The 5,000 IDs the file holds, in file order, each once. */
const REQUESTED = [...MEMBERS.slice(0, 2500), ...NOT_MEMBERS, ...MEMBERS.slice(2500)];

/**
 * reporters.csv: a header, the IDs in the second column beside a date and a note (one with a quoted comma), two
 * repeated IDs and one line whose ID cell is not an ID.
 */
function reportersCsv(): string {
  const lines = ['reported_at,user_id,note'];
  REQUESTED.forEach((id, i) => {
    lines.push(`2026-11-${String((i % 28) + 1).padStart(2, '0')},${id},${i % 7 === 0 ? '"spam, links"' : 'abuse'}`);
  });
  lines.splice(100, 0, `2026-11-02,${REQUESTED[3]},repeat`, '2026-11-02,n/a,unknown user');
  lines.push(`2026-11-30,${REQUESTED[0]},repeat`);
  return `${lines.join('\r\n')}\r\n`;
}

/** Drops a file on the User IDs field as a browser does: dragenter, then drop, carrying the file. */
async function dropFile(page: Page, name: string, text: string) {
  const zone = page.getByRole('textbox', { name: 'User IDs' });
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content ?? ''], fileName ?? 'ids.txt', { type: 'text/plain' }));
      return transfer;
    },
    [name, text],
  );
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

test.describe('Big ID lists from files', () => {
  test('When a 5,000-ID CSV is loaded, looked up, filtered and exported, then every ID comes back exactly', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await page.getByLabel('Conversation ID').fill(BULK.conversationId);

    await page
      .getByLabel('Load IDs from file')
      .setInputFiles({ name: 'reporters.csv', mimeType: 'text/csv', buffer: Buffer.from(reportersCsv()) });

    const ids = page.getByRole('group', { name: 'User IDs' });
    await expect(
      ids.getByText('5,000 IDs loaded from reporters.csv (2 duplicates removed, 1 invalid line)'),
    ).toBeVisible();
    await expect(ids.getByText('5,000 IDs from reporters.csv')).toBeVisible();
    await expect(ids.getByText('Line 102: “n/a” is not a user ID')).toBeVisible();
    await expect(ids.getByRole('combobox', { name: 'ID column' })).toHaveText(/^user_id · e\.g\. 8000000000000000000/);
    await expect(page.getByRole('textbox', { name: 'User IDs' })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('file-loaded-1280.png') });

    const sent = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/lookups');
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/lookups');
    await page.getByRole('button', { name: 'Look up' }).click();
    const request = (await sent).postDataJSON() as { userIds: string[] };
    // The answer streams as NDJSON; its first event names the IDs the server took (strings, so JSON is exact).
    const [first] = (await (await answered).text()).split('\n');
    const start = JSON.parse(first ?? '') as { type: string; userIds: string[] };
    expect(request.userIds).toEqual(REQUESTED);
    expect(start).toMatchObject({ type: 'start', userIds: REQUESTED });

    await expect(page.getByRole('status').filter({ hasText: 'members' })).toHaveText('4,990 members · 10 not members');
    const filters = page.getByRole('group', { name: 'Quick filters' });
    await expect(filters.getByRole('button', { name: 'All 5,000' })).toHaveAttribute('aria-pressed', 'true');
    await expect(filters.getByRole('button', { name: 'Members 4,990' })).toBeVisible();
    // The seed mutes every 97th member and lets every 89th mute run out; every 17th has left.
    await expect(filters.getByRole('button', { name: 'Muted now 51' })).toBeVisible();
    await expect(filters.getByRole('button', { name: 'Mute expired 56' })).toBeVisible();
    await expect(filters.getByRole('button', { name: 'Left 293' })).toBeVisible();
    await expect(filters.getByRole('button', { name: 'Owner & admins 11' })).toBeVisible();
    await expect(filters.getByRole('button', { name: 'Not checked 0' })).toBeVisible();

    const notMember = filters.getByRole('button', { name: 'Not a member 10' });
    await notMember.click();
    await expect(notMember).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('10 of 5,000 rows shown')).toBeVisible();
    // The ten non-members sit in the middle of the list, far beyond the first page: the filter saw every row.
    await expect(rowFor(page, NOT_MEMBERS[9] ?? '')).toBeVisible();
    await expect(participantsGrid(page).locator('[role="row"][data-id]')).toHaveCount(10);
    await page.screenshot({ path: testInfo.outputPath('filtered-1280.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^members-100001-7300000000000000000-\d{8}T\d{6}Z\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('User ID,Nickname,Role,Level,Status,Muted until,Joined,Operator,Ext');
    // All 5,000 rows, not the filter's 10 nor a page of 100; the ID column byte for byte as requested and answered.
    const exported = lines.slice(1).map((line) => line.slice(0, line.indexOf(',')));
    expect(exported.join('\n')).toBe(REQUESTED.join('\n'));
    expect(lines[2501]).toBe(`${NOT_MEMBERS[0]},,,,Not a member,,,,`);

    await notMember.click();
    await expect(notMember).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByText('10 of 5,000 rows shown')).toHaveCount(0);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: testInfo.outputPath('results-390.png'), fullPage: true });
  });

  test('When a CSV with two ID columns is dropped, then the operator picks the ID column and can clear it', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    const csv = [
      'reporter,reported',
      `${member(1)},${member(2)}`,
      `${member(3)},${member(4)}`,
      `${member(5)},oops`,
    ].join('\n');

    await dropFile(page, 'pairs.csv', csv);

    const ids = page.getByRole('group', { name: 'User IDs' });
    await expect(ids.getByText('More than one column holds IDs.', { exact: false })).toBeVisible();
    await expect(ids.getByText('3 IDs loaded from pairs.csv')).toBeVisible();
    await ids.getByRole('combobox', { name: 'ID column' }).click();
    await page.getByRole('option', { name: /^reported/ }).click();
    await expect(ids.getByText('2 IDs loaded from pairs.csv (1 invalid line)')).toBeVisible();
    await expect(ids.getByText('Line 4: “oops” is not a user ID')).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: testInfo.outputPath('column-picker-390.png'), fullPage: true });

    await ids.getByRole('button', { name: 'Clear the IDs from pairs.csv' }).click();
    await expect(page.getByRole('textbox', { name: 'User IDs' })).toBeVisible();
  });

  test('When 50,000 IDs are pasted, then the field shows a summary instead of 50,000 lines, and the lookup can go', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByLabel('Conversation ID').fill(BULK.conversationId);
    const text = Array.from({ length: 50_000 }, (_, i) => member(i)).join('\n');

    await page.getByRole('textbox', { name: 'User IDs' }).evaluate((field, pasted) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', pasted);
      field.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, text);

    const ids = page.getByRole('group', { name: 'User IDs' });
    await expect(ids.getByText('50,000 IDs loaded from pasted text')).toBeVisible();
    await expect(ids.getByText('50,000 IDs from pasted text')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'User IDs' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Look up' })).toBeEnabled();
  });
});
