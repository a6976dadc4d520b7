import { expect, test, VIEWER } from './fixtures';

test.describe('Operators', () => {
  test('When an admin disables a viewer, then the viewer cannot sign in until enabled again', async ({
    page,
    viewerAccount,
  }, testInfo) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operators' }).click();

    const table = page.getByRole('table', { name: 'Operators' });
    const viewerRow = table.getByRole('row').filter({ hasText: VIEWER.username });
    await expect(table.getByRole('row').filter({ hasText: 'admin' }).first()).toBeVisible();
    await expect(viewerRow).toContainText('Viewer');
    await expect(viewerRow).toContainText('100001');
    const enabled = page.getByRole('switch', { name: `${VIEWER.username} enabled` });
    await expect(enabled).toBeChecked();
    // Disabling oneself would lock the last admin out.
    await expect(page.getByRole('switch', { name: 'admin enabled' })).toBeDisabled();
    await page.screenshot({ path: testInfo.outputPath('operators.png') });

    await enabled.click();
    await expect(enabled).not.toBeChecked();
    const refused = await page.request.post('/api/session', { data: viewerAccount });
    expect(refused.status()).toBe(403); // the right password, so the answer may say the account is disabled

    await enabled.click();
    await expect(enabled).toBeChecked();
  });
});
