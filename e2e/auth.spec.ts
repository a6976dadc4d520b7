import { ADMIN, expect, signInWithForm, test } from './fixtures';
import { EXAMPLE, participantsGrid, rowFor } from './grid';

test.describe('Signing in', () => {
  test.use({ signedInAs: null });

  test('When a signed-out operator opens the console, then sign-in leads to the lookup', async ({ page }, testInfo) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/');

    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    // The grid is most of the bundle; the sign-in page must not wait for it.
    expect(scripts.filter((path) => /DataGrid|lookup-page|audit-page/.test(path))).toEqual([]);
    await expect(page.getByText('Use your operator account to look up conversation members.')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('sign-in.png'), animations: 'disabled' });
    await signInWithForm(page, ADMIN);

    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByLabel('Conversation ID')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Signed in as admin (Admin)' })).toBeVisible();
    await expect(page.getByText('Demo data')).toBeVisible();
  });

  test('When the password is wrong, then the alert says so with its code and the operator stays', async ({
    page,
  }, testInfo) => {
    await page.goto('/sign-in');

    await signInWithForm(page, { username: ADMIN.username, password: 'not-the-password' });

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Wrong username or password');
    await expect(alert.getByText('invalid_credentials · HTTP 401')).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByLabel('Password')).toHaveValue('not-the-password');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    await page.screenshot({ path: testInfo.outputPath('sign-in-error.png'), animations: 'disabled' });
  });

  test('When sign-ins keep failing for one username, then the server throttles it and says so', async ({ page }) => {
    // A throwaway username, so the real per-username limit (5 failures) locks out nobody the run needs.
    const intruder = { username: 'brute-force-bob', password: 'guess-number-x' };
    for (let i = 0; i < 5; i += 1) {
      const response = await page.request.post('/api/session', { data: intruder });
      expect(response.status()).toBe(401);
    }
    await page.goto('/sign-in');

    await signInWithForm(page, intruder);

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Too many failed sign-ins');
    await expect(alert).toContainText(/Try again in \d+ (seconds?|minutes?)\./);
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('When fields are empty, then nothing is sent and they are marked', async ({ page }) => {
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await page.goto('/sign-in');

    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByText('Enter your username')).toBeVisible();
    await expect(page.getByText('Enter your password')).toBeVisible();
    expect(posts).toEqual([]);
  });

  test('When a signed-out operator follows a deep link, then sign-in returns them to it', async ({ page }) => {
    await page.goto('/audit?event=lookup');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByText('Sign in to continue to the page you opened.')).toBeVisible();

    await signInWithForm(page, ADMIN);

    await expect(page).toHaveURL(/\/audit\?event=lookup$/);
    await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  });
});

test.describe('Signed in', () => {
  test('When the operator signs out, then they land on sign-in and the console is closed to them', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Conversation ID').fill(EXAMPLE.conversationId);

    await page.getByRole('button', { name: 'Sign out' }).click();

    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    // An intentional sign-out is not an expiry: no "continue where you left off".
    await expect(page.getByText('Your session has ended')).toHaveCount(0);
    expect((await page.request.get('/api/session')).status()).toBe(401);
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);

    // What was typed before signing out is gone for whoever signs in next.
    await signInWithForm(page, ADMIN);
    await expect(page.getByLabel('Conversation ID')).toHaveValue('');
  });

  test('When the session expires mid-lookup, then after sign-in the same lookup comes back with results', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'App' }).click();
    await page.getByRole('option', { name: /Demo Community/ }).click();
    await page.getByLabel('Conversation ID').fill(EXAMPLE.conversationId);
    const userIds = page.getByRole('textbox', { name: 'User IDs' });
    await userIds.fill(`${EXAMPLE.owner}\n${EXAMPLE.notMember}`);
    await page.getByLabel('Reason').fill('TICKET-EXPIRED');

    // Dropping the cookie looks to the server exactly like an expired session.
    await context.clearCookies();
    await page.getByRole('button', { name: 'Look up' }).click();

    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByText('Your session has ended')).toBeVisible();
    await signInWithForm(page, ADMIN);

    // Back at the lookup's own address (it was pushed when the lookup was sent), where it runs once.
    await expect(page).toHaveURL(
      `/?app=${EXAMPLE.appId}&conversation=${EXAMPLE.conversationId}&users=${EXAMPLE.owner},${EXAMPLE.notMember}`,
    );
    await expect(page.getByRole('combobox', { name: 'App' })).toContainText('Demo Community');
    await expect(page.getByLabel('Conversation ID')).toHaveValue(EXAMPLE.conversationId);
    await expect(userIds).toHaveValue(`${EXAMPLE.owner}\n${EXAMPLE.notMember}`);
    await expect(page.getByLabel('Reason')).toHaveValue('TICKET-EXPIRED');
    await expect(page.getByRole('status').filter({ hasText: 'member' })).toHaveText('1 member · 1 not a member');
    await expect(rowFor(page, EXAMPLE.owner)).toBeVisible();
    await expect(participantsGrid(page).getByRole('row')).toHaveCount(3);
  });
});

test.describe('A viewer', () => {
  test.use({ signedInAs: 'viewer' });

  test('When a viewer signs in, then the nav offers no audit log and /audit says so', async ({ page }) => {
    await page.goto('/');

    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Lookup' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Audit' })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Signed in as viera (Viewer)' })).toBeVisible();
    // Granted one app only, so there is nothing to choose.
    await expect(page.getByRole('combobox', { name: 'App' })).toHaveCount(0);

    await page.goto('/audit');

    await expect(page.getByText("You don't have access to the audit log")).toBeVisible();
    await expect(page.getByRole('grid')).toHaveCount(0);
  });
});
