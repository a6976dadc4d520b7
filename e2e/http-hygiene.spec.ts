import { expect, test } from './fixtures';

test.use({ signedInAs: null });

test('When the sign-in page loads, then the shell is not cached and the scripts arrive compressed, cached for a year', async ({
  page,
}) => {
  const scripts: { url: string; encoding?: string; cacheControl?: string }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/assets/') && response.url().endsWith('.js')) {
      const headers = response.headers();
      scripts.push({
        url: response.url(),
        encoding: headers['content-encoding'],
        cacheControl: headers['cache-control'],
      });
    }
  });

  const shell = await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  expect(shell?.headers()['cache-control']).toBe('no-store');
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script.cacheControl).toBe('public, max-age=31536000, immutable');
  // The entry chunk, the biggest the sign-in page needs, comes as the brotli copy made at build time
  // (Chromium accepts brotli from loopback; chunks under 1 kB have no compressed copy).
  const entry = scripts.find((script) => /\/assets\/index-[\w-]+\.js$/.test(script.url));
  expect(entry?.encoding).toBe('br');
});

test('When /index.html is opened signed out, then the console starts as it does from /', async ({ page }) => {
  const response = await page.goto('/index.html');

  expect(response?.headers()['cache-control']).toBe('no-store');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await page.content()).not.toContain('__CSP_NONCE__');
});

test.describe('signed in', () => {
  test.use({ signedInAs: 'admin' });

  test('When /index.html is opened signed in, then it shows the lookup page at /', async ({ page }) => {
    await page.goto('/index.html');

    await expect(page.getByRole('heading', { level: 1, name: 'Look up conversation members' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/');
  });
});
