import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Catalogues every page needs before it paints (client/lib/i18n/languages.ts, STARTUP_NAMESPACES). */
const STARTUP_NAMESPACES = ['common', 'errors', 'auth'];
const LANGUAGES = ['en', 'zh-CN'];
/** What the lookup page (`/`) loads after the session answers: the signed-in frame, the page and its texts. */
const LOOKUP_MODULES = ['/client/app/console-layout.tsx', '/client/features/lookup/components/lookup-page.tsx'];

interface Chunk {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
}

/**
 * A tiny script, first in <head>, that asks for what the first page needs while the main bundle is still on its way:
 * the startup texts in the visitor's language (which only the browser knows, hence a script and not <link> tags),
 * the session, and on `/` (when someone was signed in here last time) the lookup page's code and texts. Without it each waits for the bundle to run, and the
 * first paint for a chain of round trips. An external file, as the CSP allows no inline script.
 */
export function firstPaintPreloads(): Plugin {
  let script = '';
  let fileName = '';
  return {
    name: 'first-paint-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c): c is Chunk & typeof c => c.type === 'chunk');
        const byModule = (suffix: string) => chunks.find((c) => c.facadeModuleId?.endsWith(suffix));
        const withImports = (suffix: string) => {
          const chunk = byModule(suffix);
          if (!chunk) throw new Error(`first-paint-preloads: no chunk for ${suffix}`);
          return [chunk.fileName, ...chunk.imports];
        };
        const texts = (language: string, namespaces: string[]) =>
          namespaces.flatMap((ns) => withImports(`/client/locales/${language}/${ns}.json`));
        const plan = {
          startup: Object.fromEntries(LANGUAGES.map((l) => [l, texts(l, STARTUP_NAMESPACES)])),
          lookup: Object.fromEntries(
            LANGUAGES.map((l) => [l, [...new Set([...LOOKUP_MODULES.flatMap(withImports), ...texts(l, ['lookup'])])]]),
          ),
        };
        script = bootScript(plan);
        fileName = `assets/first-paint-${createHash('sha256').update(script).digest('hex').slice(0, 8)}.js`;
        return [{ tag: 'script', attrs: { type: 'module', src: `/${fileName}` }, injectTo: 'head-prepend' }];
      },
    },
    writeBundle(options) {
      if (options.dir && fileName) writeFileSync(path.join(options.dir, fileName), script);
    },
  };
}

function bootScript(plan: { startup: Record<string, string[]>; lookup: Record<string, string[]> }) {
  // Mirrors initialPreferences and detectLanguage (client/lib/i18n): the stored choice, else the first of the
  // browser's languages that the console speaks. A wrong guess costs a few kB, never correctness.
  return `const plan = ${JSON.stringify(plan)};
let language;
try { language = JSON.parse(localStorage.getItem('im-console.preferences') || '{}').language; } catch {}
if (!plan.startup[language]) {
  language = 'en';
  for (const tag of navigator.languages || [navigator.language]) {
    const primary = String(tag).toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') { language = 'zh-CN'; break; }
    if (primary === 'en') break;
  }
}
const add = (attrs) => document.head.append(Object.assign(document.createElement('link'), attrs));
const path = location.pathname;
for (const file of plan.startup[language]) add({ rel: 'modulepreload', href: '/' + file });
// Signing out drops the session; asking for it at that moment would race with that.
if (!path.startsWith('/sign-out')) add({ rel: 'preload', as: 'fetch', href: '/api/session', crossOrigin: 'anonymous' });
// Only where someone was signed in last time (client/app/session-hint.ts): a signed-out visitor goes to sign-in.
let signedIn = false;
try { signedIn = localStorage.getItem('im-console.signed-in') === '1'; } catch {}
if (path === '/' && signedIn) {
  add({ rel: 'preload', as: 'fetch', href: '/api/config', crossOrigin: 'anonymous' });
  for (const file of plan.lookup[language]) add({ rel: 'modulepreload', href: '/' + file });
}
`;
}
