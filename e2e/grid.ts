import type { Locator, Page } from '@playwright/test';

export const EXAMPLE = {
  appId: '100001',
  conversationId: '7101234567890123456',
  owner: '9223372036854775807',
  admin: '9007199254740993',
  arabicAdmin: '7300000000000000011',
  muted: '7300000000000000012',
  expiredMute: '7300000000000000013',
  left: '7300000000000000014',
  unknownRole: '7300000000000000015',
  hostile: '7300000000000000016',
  notMember: '7300000000000000099',
} as const;

export const participantsGrid = (page: Page): Locator => page.getByRole('grid');

/**
 * The grid row for a user ID. The grid marks each row with its id; matching on it is exact, whereas matching
 * text would also hit the Operator column, which holds user IDs too.
 */
export const rowFor = (page: Page, userId: string): Locator =>
  participantsGrid(page).locator(`[role="row"][data-id="${userId}"]`);

/** A cell by the column's field, within a row found by rowFor. */
export const cellOf = (row: Locator, field: string): Locator => row.locator(`[role="gridcell"][data-field="${field}"]`);

export async function runExample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try an example' }).click();
}
