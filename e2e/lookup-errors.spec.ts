import { ALL_ATTEMPTS, clearFaults, injectFault, MEMBER_CHECK } from './emulator';
import { expect, test } from './fixtures';
import { cellOf, EXAMPLE, rowFor, runExample } from './grid';

test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

test.describe('Lookup errors', () => {
  test('When Volcengine is unavailable, then the alert says so plainly, with its codes, a copyable RequestId and Retry', async ({
    page,
    context,
    request,
  }, testInfo) => {
    // The server tries a batch three times, so three failures of the member check make the lookup fail.
    await injectFault(request, {
      kind: 'gateway-error',
      status: 503,
      code: 'ServiceUnavailableTemp',
      count: ALL_ATTEMPTS,
      action: MEMBER_CHECK,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);

    await runExample(page);

    const alert = page.getByRole('alert').filter({ hasText: 'ServiceUnavailableTemp' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Volcengine is temporarily unavailable');
    await expect(alert.getByText('upstream_unavailable · ServiceUnavailableTemp · HTTP 503')).toBeVisible();
    await expect(alert).toContainText('Wait a moment and retry.');
    const requestId = alert.locator('code');
    await expect(requestId).toHaveText(/^\S{8,}$/);
    await expect(alert).toContainText('RequestId');
    await expect(page.getByRole('grid')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('lookup-error.png'), fullPage: true });

    const shown = await requestId.textContent();
    await alert.getByRole('button', { name: 'Copy request ID' }).click();
    // The copy finishes after the click returns, so read the clipboard until it holds the ID.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);

    await alert.getByRole('button', { name: 'Retry' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'member' })).toHaveText('8 members · 1 not a member');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('When Volcengine denies access, then the alert says who to ask and shows the upstream code', async ({
    page,
    request,
  }) => {
    await injectFault(request, { kind: 'error-200', code: 'AccessDenied', count: 1, action: MEMBER_CHECK });

    await runExample(page);

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Volcengine refused the request');
    await expect(alert).toContainText('Tell your administrator');
    await expect(alert.getByText('upstream_error · AccessDenied · HTTP 502')).toBeVisible();
  });

  test('When one batch of a large lookup fails, then its IDs read "Not checked", never "Not a member"', async ({
    page,
    request,
  }, testInfo) => {
    // 150 IDs make two upstream batches (100 + 50); the example IDs, with a known non-member, lead the first.
    const example = [EXAMPLE.owner, EXAMPLE.admin, EXAMPLE.notMember];
    const fillers = Array.from({ length: 147 }, (_, i) => String(7300000000000200000n + BigInt(i)));
    await page.goto('/');
    await page.getByLabel('Conversation ID').fill(EXAMPLE.conversationId);
    await page.getByRole('textbox', { name: 'User IDs' }).fill([...example, ...fillers].join('\n'));
    await expect(page.getByText('150 user IDs')).toBeVisible();
    await injectFault(request, { kind: 'error-200', code: 'AccessDenied', count: 1, action: MEMBER_CHECK });

    await page.getByRole('button', { name: 'Look up' }).click();

    const warning = page.getByRole('alert').filter({ hasText: 'not checked' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('AccessDenied');
    const heading = warning.getByText(/^(100|50) user IDs not checked$/);
    await expect(heading).toBeVisible();
    const title = (await heading.textContent()) ?? '';
    await expect(page.getByRole('status').filter({ hasText: 'member' })).toContainText(
      title.startsWith('100') ? '100 not checked' : '50 not checked',
    );

    // Which batch fails depends on arrival order; either way the first batch's rows must agree with the alert.
    const firstBatchFailed = title.startsWith('100');
    const status = cellOf(rowFor(page, EXAMPLE.notMember), 'status');
    await expect(status).toHaveText(firstBatchFailed ? 'Not checked: AccessDenied' : 'Not a member');
    await expect(cellOf(rowFor(page, EXAMPLE.owner), 'status')).toHaveText(
      firstBatchFailed ? 'Not checked: AccessDenied' : 'Active',
    );
    await page.screenshot({ path: testInfo.outputPath('lookup-partial.png'), fullPage: false });
  });

  test('When the server rejects a field, then the alert names it and the field is marked', async ({ page }) => {
    // The form never sends a bad ID, so corrupt the body in flight to see how a 400 from the server reads.
    await page.route('**/api/lookups', async (route) => {
      const body = route.request().postDataJSON() as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...body, conversationId: '0' }) });
    });

    await runExample(page);

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Some input was not accepted');
    await expect(alert.getByText('invalid_request · HTTP 400')).toBeVisible();
    // The same request would be refused again, so there is nothing to retry.
    await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await expect(alert).toContainText('Conversation ID must be a decimal integer from 1 to 9223372036854775807.');
    await expect(page.getByLabel('Conversation ID')).toHaveAttribute('aria-invalid', 'true');
  });
});
