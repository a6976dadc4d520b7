import { expect, test, VIEWER } from './fixtures';

test.describe('Operators', () => {
  test('When an admin disables a viewer, then the viewer cannot sign in until enabled again', async ({
    page,
    request,
    viewerAccount,
  }, testInfo) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operators' }).click();

    const table = page.getByRole('table', { name: 'Operators' });
    const viewerRow = table.getByRole('row').filter({ hasText: VIEWER.username });
    await expect(table.getByRole('row').filter({ hasText: 'admin' }).first()).toBeVisible();
    await expect(viewerRow).toContainText('Viewer');
    await expect(viewerRow).toContainText('100001');
    await expect(viewerRow).toContainText('Active');
    await page.screenshot({ path: testInfo.outputPath('operators.png') });

    const actions = page.getByRole('button', { name: `Actions for ${VIEWER.username}` });
    await actions.click();
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    await expect(viewerRow).toContainText('Disabled');
    const refused = await request.post('/api/session', { data: viewerAccount });
    expect(refused.status()).toBe(403); // the right password, so the answer may say the account is disabled

    await actions.click();
    await page.getByRole('menuitem', { name: 'Enable' }).click();
    await expect(viewerRow).toContainText('Active');
    expect((await request.post('/api/session', { data: viewerAccount })).status()).toBe(200);
  });
});
