import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAuditRepository } from '../server/audit/audit-repository';
import { openDatabase } from '../server/db/database';
import { expect, test } from './fixtures';
import { EXAMPLE } from './grid';
import { PORTS } from './ports';

/** A user ID no other spec uses, so filtering by it finds this test's records alone. */
const uniqueUserId = (offset: bigint) => String(7300000000000500000n + offset + BigInt(Date.now() % 100_000));

/**
 * What a server killed mid-job leaves: the streamed job's "started" record and no final record naming it. Written to
 * the e2e console's own SQLite file, as the audit CLI writes beside a running server.
 */
async function appendUnfinishedJob(userId: string, reason: string) {
  const handle = await openDatabase({ url: null, dataDir: path.join(tmpdir(), `imc-e2e-${PORTS.console}`) });
  try {
    await createAuditRepository(handle).append({
      event: 'lookup',
      operator: 'admin',
      appId: '100001',
      conversationId: EXAMPLE.conversationId,
      userIds: [userId],
      outcome: 'started',
      reason,
      details: { streamed: true },
    });
  } finally {
    await handle.close();
  }
}

test.describe('A job without a final record', () => {
  test('When a streamed job never got its final record, then the log lists its started row, marked unfinished', async ({
    page,
  }, testInfo) => {
    const userId = uniqueUserId(0n);
    await appendUnfinishedJob(userId, 'INC-died-midway');

    await page.goto(`/audit?userId=${userId}`);

    await expect(page.getByRole('status').filter({ hasText: /record/ })).toHaveText('1 record');
    const row = page.getByRole('grid').getByRole('row').filter({ hasText: 'INC-died-midway' });
    await expect(row).toContainText('Started — no final record');
    await expect(row.getByRole('img', { name: 'Unfinished' })).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: testInfo.outputPath('audit-unfinished-1280.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    // The grid scrolls sideways on a phone: bring the outcome into view.
    await row.getByText('Started — no final record').scrollIntoViewIfNeeded();
    await expect(row.getByRole('img', { name: 'Unfinished' })).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath('audit-unfinished-390.png') });
  });

  test.describe('in Chinese', () => {
    test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

    test('When a zh-CN admin sees it, then the label is Chinese', async ({ page }, testInfo) => {
      const userId = uniqueUserId(200_000n);
      await appendUnfinishedJob(userId, 'INC-zh');

      await page.goto(`/audit?userId=${userId}`);

      const row = page.getByRole('grid').getByRole('row').filter({ hasText: 'INC-zh' });
      await expect(row).toContainText('已开始 — 无最终记录');
      await expect(row.getByRole('img', { name: '未完成' })).toBeVisible();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.screenshot({ path: testInfo.outputPath('audit-unfinished-zh.png') });
    });
  });
});
