import { type APIRequestContext, test as base, expect, type Page } from '@playwright/test';

/** The bootstrap admin; playwright.config.ts passes these to the server as ADMIN_USERNAME / ADMIN_PASSWORD. */
export const ADMIN = { username: 'admin', password: 'e2e-admin-password' } as const;

/** A viewer limited to the first demo app, created once per worker through the admin API. */
export const VIEWER = {
  username: 'viera',
  password: 'viewer-password-1',
  role: 'viewer',
  apps: ['100001'],
} as const;

export interface Credentials {
  username: string;
  password: string;
}

/** Signs in through the API. The page's request context shares its cookies, so the page is signed in too. */
export async function signIn(request: APIRequestContext, { username, password }: Credentials, base = '') {
  const response = await request.post(`${base}/api/session`, { data: { username, password } });
  if (!response.ok())
    throw new Error(`Sign-in as ${username} failed: HTTP ${response.status()} ${await response.text()}`);
}

/** Through the UI, as an operator would. */
export async function signInWithForm(page: Page, { username, password }: Credentials) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

interface Options {
  /** Who `page` is signed in as before the test starts; null for a signed-out page. */
  signedInAs: 'admin' | 'viewer' | null;
}

interface WorkerFixtures {
  viewerAccount: Credentials;
}

export const test = base.extend<Options, WorkerFixtures>({
  signedInAs: ['admin', { option: true }],

  viewerAccount: [
    async ({ playwright }, use, workerInfo) => {
      const api = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL });
      await signIn(api, ADMIN);
      const response = await api.post('/api/operators', { data: VIEWER });
      // 409: an earlier worker of this run created it already.
      if (!response.ok() && response.status() !== 409) {
        throw new Error(`Creating the viewer failed: HTTP ${response.status()} ${await response.text()}`);
      }
      await api.dispose();
      await use({ username: VIEWER.username, password: VIEWER.password });
    },
    { scope: 'worker' },
  ],

  page: async ({ page, signedInAs, viewerAccount }, use) => {
    if (signedInAs === 'admin') await signIn(page.request, ADMIN);
    if (signedInAs === 'viewer') await signIn(page.request, viewerAccount);
    await use(page);
  },
});

export { expect };
