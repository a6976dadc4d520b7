import type { Page } from '@playwright/test';
import { ADMIN, expect, signIn, signInWithForm, test } from './fixtures';

/** A name no earlier run or retry used, so creating it never meets a 409. */
const uniqueName = (prefix: string) => `${prefix}-${Date.now().toString(36)}`;

const operatorsTable = (page: Page) => page.getByRole('table', { name: 'Operators' });
const rowOf = (page: Page, username: string) =>
  // The signed-in admin's own cell reads "admin (you)".
  operatorsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: new RegExp(`^${username}\\s*(\\(you\\))?$`) }) });

async function openAction(page: Page, username: string, action: string) {
  await page.getByRole('button', { name: `Actions for ${username}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

/** The audit log's newest record of one event, with what it changed (shown on hover). */
async function newestAuditDetails(page: Page, event: string, label: string) {
  await page.goto(`/audit?event=${event}`);
  const cell = page.getByRole('grid').locator('[role="gridcell"][data-field="event"]').first();
  // The first visit loads the grid's chunk and reads the log; on a busy machine that alone can take many seconds.
  await expect(cell).toHaveText(label, { timeout: 30_000 });
  await cell.getByText(label).hover();
  return page.getByRole('tooltip');
}

test.describe('Operators managed in the UI', () => {
  test('When an admin adds an operator with a generated password, then they sign in with it and see only their apps', async ({
    page,
  }, testInfo) => {
    const username = uniqueName('olga');
    await page.goto('/operators');
    await page.getByRole('button', { name: 'Add operator' }).click();

    const dialog = page.getByRole('dialog', { name: 'Add an operator' });
    await expect(dialog.getByRole('textbox', { name: 'Username' })).toBeFocused();
    await dialog.getByRole('textbox', { name: 'Username' }).fill(username);
    await expect(dialog.getByRole('radio', { name: /Viewer/ })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: 'Generate a password' })).toBeChecked();
    await dialog.getByRole('combobox', { name: 'Apps' }).click();
    await page.getByRole('option', { name: /Demo Live/ }).click();
    await page.keyboard.press('Escape');
    await expect(dialog.getByRole('combobox', { name: 'Apps' })).toContainText('Demo Live');
    await page.screenshot({ path: testInfo.outputPath('add-operator-1280.png'), animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Add operator' }).click();

    const shown = page.getByRole('dialog', { name: `${username} was added` });
    await expect(shown.getByText('This password will not be shown again')).toBeVisible();
    await expect(shown.getByRole('button', { name: 'Copy the password' })).toBeVisible();
    const password = await shown.getByRole('textbox', { name: `Password for ${username}` }).inputValue();
    expect(password.length).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: testInfo.outputPath('password-shown-1280.png'), animations: 'disabled' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: testInfo.outputPath('password-shown-390.png'), animations: 'disabled' });
    await shown.getByRole('button', { name: 'Done' }).click();

    await expect(shown).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(password);
    // At phone width, one card per operator, its actions in reach.
    const card = page.getByRole('list', { name: 'Operators' }).getByRole('listitem').filter({ hasText: username });
    await expect(card).toContainText('100002');
    await expect(card.getByRole('button', { name: `Actions for ${username}` })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('operators-390.png'), fullPage: true, animations: 'disabled' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(rowOf(page, username)).toContainText('100002');
    await expect(rowOf(page, username)).toContainText('Viewer');
    await expect(rowOf(page, username)).toContainText('Active');
    await page.screenshot({ path: testInfo.outputPath('operators-1280.png'), animations: 'disabled' });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await signInWithForm(page, { username, password });

    await expect(page.getByRole('group', { name: `Signed in as ${username} (Viewer)` })).toBeVisible();
    await expect(page.getByLabel('Conversation ID')).toBeVisible();
    // Granted one app, so there is nothing to choose; the server's config names that app alone.
    await expect(page.getByRole('combobox', { name: 'App' })).toHaveCount(0);
    const config = (await (await page.request.get('/api/config')).json()) as { apps: { id: string }[] };
    expect(config.apps.map((app) => app.id)).toEqual(['100002']);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operators' })).toHaveCount(
      0,
    );

    await signIn(page.request, ADMIN);
    const created = await newestAuditDetails(page, 'operator_created', 'Operator created');
    await expect(created).toContainText(`"username": "${username}"`);
    await expect(created).toContainText('"password": "generated"');
    await expect(created).not.toContainText(password);
  });

  test('When an admin resets a password, then only the new one signs in, and role and apps changes are audited', async ({
    page,
    request,
  }, testInfo) => {
    const username = uniqueName('rita');
    const oldPassword = 'first-password-1';
    const added = await page.request.post('/api/operators', {
      data: { username, password: oldPassword, role: 'viewer', apps: ['100001'] },
    });
    expect(added.status()).toBe(201);
    await page.goto('/operators');

    await openAction(page, username, 'Change role');
    const roleDialog = page.getByRole('dialog', { name: `Change the role of ${username}` });
    await roleDialog.getByRole('radio', { name: /Admin/ }).check();
    await roleDialog.getByRole('button', { name: 'Save' }).click();
    await expect(roleDialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: `Actions for ${username}` })).toBeFocused();
    await expect(rowOf(page, username)).toContainText('Admin');

    await openAction(page, username, 'Change apps');
    const appsDialog = page.getByRole('dialog', { name: `Change the apps of ${username}` });
    await appsDialog.getByRole('combobox', { name: 'Apps' }).click();
    await page.getByRole('option', { name: 'All apps (*)' }).click();
    await page.keyboard.press('Escape');
    await appsDialog.getByRole('button', { name: 'Save' }).click();
    await expect(appsDialog).toHaveCount(0);
    await expect(rowOf(page, username)).toContainText('All apps');
    await expect(rowOf(page, username)).not.toContainText('100001');

    await openAction(page, username, 'Reset password');
    const confirm = page.getByRole('dialog', { name: `Reset the password of ${username}?` });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.screenshot({ path: testInfo.outputPath('reset-confirm-1280.png'), animations: 'disabled' });
    await confirm.getByRole('button', { name: 'Reset password' }).click();
    const shown = page.getByRole('dialog', { name: `The password of ${username} was reset` });
    const newPassword = await shown.getByRole('textbox', { name: `Password for ${username}` }).inputValue();
    expect(newPassword).not.toBe(oldPassword);
    await shown.getByRole('button', { name: 'Done' }).click();
    await expect(shown).toHaveCount(0);

    expect((await request.post('/api/session', { data: { username, password: oldPassword } })).status()).toBe(401);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInWithForm(page, { username, password: newPassword });
    await expect(page.getByRole('group', { name: `Signed in as ${username} (Admin)` })).toBeVisible();

    const reset = await newestAuditDetails(page, 'operator_changed', 'Operator changed');
    await expect(reset).toContainText(`"username": "${username}"`);
    await expect(reset).toContainText('"password": "reset"');
    await expect(reset).not.toContainText(newPassword);
    const changes = page.getByRole('grid').locator('[role="gridcell"][data-field="event"]');
    // Newest first: the reset, then the apps, then the role.
    // (The tooltip left behind may still be fading out, so each is picked by what it says.)
    await changes.nth(1).getByText('Operator changed').hover();
    await expect(page.getByRole('tooltip').filter({ hasText: '"apps": [' })).toContainText(username);
    await changes.nth(2).getByText('Operator changed').hover();
    await expect(page.getByRole('tooltip').filter({ hasText: '"role": "admin"' })).toContainText(username);
  });

  test('When the only admin tries to demote themself, then a plain message says why and nothing changes', async ({
    page,
  }, testInfo) => {
    await page.goto('/operators');
    await openAction(page, ADMIN.username, 'Change role');
    const dialog = page.getByRole('dialog', { name: `Change the role of ${ADMIN.username}` });
    await dialog.getByRole('radio', { name: /Viewer/ }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();

    await expect(dialog.getByRole('alert')).toContainText('You cannot disable or demote your own account.');
    await page.screenshot({ path: testInfo.outputPath('demote-self-1280.png'), animations: 'disabled' });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(rowOf(page, ADMIN.username)).toContainText('Admin');
    // Disabling themself is not even offered.
    await page.getByRole('button', { name: `Actions for ${ADMIN.username}` }).click();
    await expect(page.getByRole('menuitem', { name: /Disable/ })).toBeDisabled();
  });

  test('When a username is taken, then the Username field says so', async ({ page, viewerAccount }) => {
    await page.goto('/operators');
    await page.getByRole('button', { name: 'Add operator' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an operator' });
    await dialog.getByRole('textbox', { name: 'Username' }).fill(viewerAccount.username);
    await dialog.getByRole('button', { name: 'Add operator' }).click();

    await expect(dialog.getByRole('alert')).toContainText('An operator with that name already exists.');
    await expect(dialog.getByRole('textbox', { name: 'Username' })).toHaveAttribute('aria-invalid', 'true');
  });
});
