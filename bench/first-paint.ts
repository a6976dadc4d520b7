import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from '@playwright/test';
import { DEMO_EXAMPLE } from '../server/demo/demo-constants';
import { startConsoleProcess } from './console-process';

const LOADS = 5;
const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

// Run in the page; written as source because the bench is compiled without the DOM's types.
/** The last largest-contentful-paint entry the page recorded, in ms since navigation start. */
const LCP = `new Promise((resolve) => new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? NaN))
  .observe({ type: 'largest-contentful-paint', buffered: true }))`;
/** Compressed bytes of every script the page fetched (body only, as sent: brotli or gzip). */
const SCRIPT_BYTES = `performance.getEntriesByType('resource').filter((e) => /\\.js(\\?|$)/.test(e.name))
  .reduce((sum, e) => sum + e.encodedBodySize, 0)`;

interface Load {
  lcpMs: number;
  jsBytes: number;
  gridShown: boolean;
}

/** One cold load: a new context each time, so nothing comes from the HTTP cache or a warm connection. */
async function coldLoad(browser: Browser, url: string, cookie: string | null, ready: (page: Page) => Promise<boolean>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  if (cookie) {
    const at = cookie.indexOf('=');
    await context.addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url }]);
    // An operator coming back: their browser remembers someone was signed in (client/app/session-hint.ts), so the
    // lookup page's code starts with the bundle. The HTTP cache stays empty.
    await context.addInitScript({ content: "localStorage.setItem('im-console.signed-in', '1')" });
  }
  const page = await context.newPage();
  await page.goto(url);
  const gridShown = await ready(page);
  // Nothing left to fetch: the LCP candidate is final and every script is counted.
  await page.waitForLoadState('networkidle');
  const load: Load = {
    lcpMs: await page.evaluate<number>(LCP),
    jsBytes: await page.evaluate<number>(SCRIPT_BYTES),
    gridShown,
  };
  await context.close();
  return load;
}

/**
 * Sign-in and lookup pages of the built console (dist/), served as `npm start` does in demo mode, loaded in Chromium
 * on loopback: LCP and compressed JS of the sign-in page, LCP of the lookup page.
 */
export async function firstPaintFigures() {
  if (!existsSync('dist/client/index.html')) throw new Error('dist/client is missing: run npm run build first');
  const c = await startConsoleProcess({});
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined),
    args: ['--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
  });
  try {
    const signInReady = async (page: Page) => {
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      return false;
    };
    // A lookup in the address (once the console supports it) opens with its results; otherwise the form is the page.
    const lookupUrl = `${c.base}/?${new URLSearchParams({
      app: DEMO_EXAMPLE.appId,
      conversation: DEMO_EXAMPLE.conversationId,
      users: DEMO_EXAMPLE.userIds.join(','),
    })}`;
    const lookupReady = async (page: Page) => {
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      return (await page.locator('[role="grid"] [role="row"][data-id]').count()) > 0;
    };
    // One load first, untimed, so the server's own first-request costs are not in the figures.
    await coldLoad(browser, `${c.base}/sign-in`, null, signInReady);
    const signIn: Load[] = [];
    const lookup: Load[] = [];
    for (let i = 0; i < LOADS; i += 1) {
      signIn.push(await coldLoad(browser, `${c.base}/sign-in`, null, signInReady));
      lookup.push(await coldLoad(browser, lookupUrl, c.cookie, lookupReady));
    }
    return {
      signInLcp: median(signIn.map((l) => l.lcpMs)),
      signInJsKb: median(signIn.map((l) => l.jsBytes)) / 1000,
      lookupLcp: median(lookup.map((l) => l.lcpMs)),
      lookupJsKb: median(lookup.map((l) => l.jsBytes)) / 1000,
      gridShown: lookup.every((l) => l.gridShown),
    };
  } finally {
    await browser.close();
    await c.stop();
  }
}
