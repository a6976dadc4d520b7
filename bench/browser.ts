import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BULK_CONVERSATION, BULK_FIRST_MEMBER } from '../server/demo/demo-constants';
import { startConsoleProcess } from './console-process';

const IDS = 50_000;
const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';

/**
 * Runs in the page before its own scripts, and notes (as `window.__lastByte`) when the last byte of the lookup stream
 * arrives: the page's own reader gets one branch of the body, and a second branch is read to its end here. Plain
 * text, because this file is type-checked without the DOM's types.
 */
const WATCH_LOOKUP_STREAM = `
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    if (!String(input).includes('/api/lookups') || !response.body) return response;
    const [page, probe] = response.body.tee();
    (async () => {
      const reader = probe.getReader();
      while (!(await reader.read()).done) {}
      window.__lastByte = performance.now();
    })();
    return new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
`;

/** True (as the page's clock) once the grid is usable after the last byte: its first row and the summary shown. */
const USABLE_GRID = `(() => {
  const summary = [...document.querySelectorAll('[role="status"]')].some((el) =>
    /members · .* not members/.test(el.textContent ?? ''),
  );
  const row = document.querySelector('[role="grid"] [role="row"][data-id]');
  return window.__lastByte !== undefined && summary && row ? performance.now() : false;
})()`;

/**
 * A 50,000-ID lookup in a real Chromium against the built console in demo mode: the time from the stream's last
 * byte to a usable grid (its first row on screen and the summary line shown).
 */
export async function browserFigures() {
  const c = await startConsoleProcess({});
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined),
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const [name = '', value = ''] = c.cookie.split('=');
    await context.addCookies([{ name, value, url: c.base }]);
    const page = await context.newPage();
    await page.addInitScript({ content: WATCH_LOOKUP_STREAM });
    const request = {
      ...BULK_CONVERSATION,
      userIds: Array.from({ length: IDS }, (_, i) => String(BULK_FIRST_MEMBER + BigInt(i))),
    };
    // The page runs a pending lookup as it opens (as after a trip through sign-in), which spares typing 50,000 IDs.
    await page.addInitScript({
      content: `sessionStorage.setItem('im-console.draft.lookup-pending', ${JSON.stringify(JSON.stringify(request))});`,
    });
    const started = performance.now();
    await page.goto(c.base);
    const usableAt = await page.waitForFunction(USABLE_GRID, undefined, { polling: 'raf', timeout: 180_000 });
    const usable = (await usableAt.jsonValue()) as number;
    const lastByte = Number((await page.evaluate('window.__lastByte')) ?? Number.NaN);
    const summary = await page.getByRole('status').filter({ hasText: 'not members' }).textContent();
    return { msAfterLastByte: usable - lastByte, totalMs: performance.now() - started, summary: summary ?? '' };
  } finally {
    await browser.close();
    await c.stop();
  }
}
