import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { readSheet } from 'read-excel-file/node';
import { expect, test } from './fixtures';
import { cellOf, EXAMPLE, rowFor, runExample } from './grid';

const drawerFor = (page: Page, userId: string) =>
  page.getByRole('dialog', { name: new RegExp(`^Member details ${userId}$`) });

test.describe('Member details, phone width and Excel export', () => {
  test('When a row is clicked, then its drawer shows every field, searches Ext and copies exact JSON', async ({
    page,
    context,
  }, testInfo) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 1280, height: 900 });
    await runExample(page);

    const nickname = cellOf(rowFor(page, EXAMPLE.owner), 'nickname');
    await nickname.click();

    const drawer = drawerFor(page, EXAMPLE.owner);
    await expect(drawer).toBeVisible();
    const fields = drawer.locator('dl');
    await expect(fields).toContainText('RoleOwner · code 1');
    await expect(fields).toContainText('StatusActive · code 0');
    await expect(fields).toContainText('NicknameMira Chen');
    await expect(fields).toContainText('Operator9223372036854775807');
    await expect(fields).toContainText('Conversation ID7101234567890123456');
    // The join time carries its zone, as everywhere in the console.
    await expect(fields.locator('time')).toContainText(/UTC/);

    const ext = drawer.getByRole('table', { name: /^Ext/ });
    await expect(ext.getByRole('row')).toHaveCount(3);
    await drawer.getByRole('searchbox', { name: 'Search Ext' }).fill('SUPPORT');
    await expect(ext.getByRole('row')).toHaveText(['KeyValue', 'teamsupport']);
    await drawer.getByRole('searchbox', { name: 'Search Ext' }).fill('nothing like it');
    await expect(drawer.getByRole('status').filter({ hasText: 'No Ext entry matches' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('drawer-1280.png') });

    await drawer.getByRole('button', { name: 'Copy JSON' }).click();
    await expect(drawer.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // Quoted, so no JSON reader can round them; parsed, the member is whole.
    expect(copied).toContain('"userId": "9223372036854775807"');
    expect(copied).toContain('"operator": "9223372036854775807"');
    expect(JSON.parse(copied)).toMatchObject({
      conversationId: EXAMPLE.conversationId,
      userId: EXAMPLE.owner,
      role: 1,
      nickname: 'Mira Chen',
      ext: { 's:from': 'biz', team: 'support' },
    });

    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(nickname).toBeFocused();

    // Enter on the focused row opens it again; Escape gives focus back to the same cell.
    await page.keyboard.press('Enter');
    await expect(drawer).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(nickname).toBeFocused();
  });

  test("When a row's Details button is used, then the drawer opens and Escape returns focus to the button", async ({
    page,
  }) => {
    await runExample(page);

    const details = page.getByRole('button', { name: `Details for ${EXAMPLE.notMember}` });
    await details.click();
    const drawer = drawerFor(page, EXAMPLE.notMember);
    await expect(drawer.locator('dl')).toContainText('StatusNot a member');
    await expect(drawer.getByRole('searchbox', { name: 'Search Ext' })).toHaveCount(0);

    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(details).toBeFocused();
  });

  test('When the page is 390 px wide, then results are cards without sideways scrolling, and a card opens', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await runExample(page);

    const card = page.getByRole('article', { name: `Member ${EXAMPLE.owner}` });
    await expect(card).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(9);
    await expect(page.getByRole('grid')).toHaveCount(0);
    await expect(card).toContainText('Mira Chen');
    await expect(card).toContainText('Owner');
    await expect(card).toContainText('Active');
    // The results arrive below the form, a screen down; the page brings them into view.
    const summary = page.getByRole('status').filter({ hasText: 'members' });
    await expect(summary).toBeInViewport();
    // …below the sticky app bar, not under it; the scroll is smooth, so this waits for it to settle.
    await expect
      .poll(async () => {
        const header = await page.getByRole('banner').boundingBox();
        const shown = await summary.boundingBox();
        return header && shown ? shown.y >= header.y + header.height : false;
      })
      .toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: testInfo.outputPath('cards-390.png') });

    await card.getByText('Mira Chen').click();
    const drawer = drawerFor(page, EXAMPLE.owner);
    await expect(drawer).toBeVisible();
    // Full screen on a phone.
    expect((await drawer.boundingBox())?.width).toBe(390);
    await page.screenshot({ path: testInfo.outputPath('drawer-390.png') });
    await drawer.getByRole('button', { name: 'Close details' }).click();
    await expect(drawer).toBeHidden();

    await page.getByRole('button', { name: `Details for ${EXAMPLE.muted}` }).click();
    await expect(drawerFor(page, EXAMPLE.muted)).toBeVisible();
  });

  test("When both exports are downloaded, then the xlsx holds the CSV's IDs byte for byte, as text", async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await runExample(page);
    await expect(rowFor(page, EXAMPLE.owner)).toBeVisible();

    await page.screenshot({ path: testInfo.outputPath('results-1280.png') });
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Excel' }).click(),
    ]);
    expect(xlsxDownload.suggestedFilename()).toMatch(
      new RegExp(`^members-${EXAMPLE.appId}-${EXAMPLE.conversationId}-\\d{8}T\\d{6}Z\\.xlsx$`),
    );

    const csvLines = (await readFile(await csvDownload.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    const csvIds = csvLines.slice(1).map((line) => line.split(',')[0]);
    const sheet = await readSheet(await xlsxDownload.path());
    const sheetIds = sheet.slice(1).map((row) => row[0]);

    expect(sheet[0]?.[0]).toBe('User ID');
    expect(sheetIds.every((id) => typeof id === 'string')).toBe(true);
    expect(sheetIds).toEqual(csvIds);
    expect(sheetIds).toContain('9223372036854775807');
    expect(sheetIds).toContain('9007199254740993');
    expect(Buffer.from(sheetIds.join('\n'))).toEqual(Buffer.from(csvIds.join('\n')));
  });
});
