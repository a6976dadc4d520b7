import { ADMIN, expect, signInWithForm, test } from './fixtures';
import { EXAMPLE, rowFor } from './grid';

test.use({ signedInAs: null });

test('When an admin signs in, looks up and opens the audit log, then the browser reports no CSP violation', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`);
    });
  });

  const response = await page.goto('/sign-in');
  // Without a strict policy this test would prove nothing.
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/style-src 'self' 'nonce-[^']+'/);
  expect(csp).not.toContain('unsafe-inline');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  await signInWithForm(page, ADMIN);
  // The ID file is read in a Web Worker, which the policy must allow.
  await page
    .getByLabel('Load IDs from file')
    .setInputFiles({ name: 'ids.csv', mimeType: 'text/csv', buffer: Buffer.from(`user_id\n${EXAMPLE.owner}\n`) });
  await expect(page.getByText('1 ID loaded from ids.csv')).toBeVisible();
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(rowFor(page, EXAMPLE.owner)).toBeVisible();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).click();
  await expect(page.getByRole('grid').getByRole('row').nth(1)).toBeVisible();
  await page.getByRole('combobox', { name: 'Event' }).click();
  await expect(page.getByRole('option', { name: 'All' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page
    .getByRole('grid')
    .getByRole('button', { name: /user IDs?$/ })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();

  const unsignedStyles = await page.evaluate(
    () => Array.from(document.querySelectorAll('style')).filter((style) => !style.nonce).length,
  );
  expect(unsignedStyles).toBe(0);
  expect(violations).toEqual([]);
});
