// Setup for component tests only (vitest.config.ts, project "components"); the app never imports this.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18n, initI18n } from '../lib/i18n/i18n';
import { NAMESPACES } from '../lib/i18n/languages';

// The app's own i18n instance, in English with every catalogue loaded, so components render their real texts.
await initI18n('en');
await i18n.loadNamespaces([...NAMESPACES]);

// findBy… and waitFor wait for a state, never for a time: on a busy 2-core machine the first render of MUI
// alone can take seconds, so give them room (a passing test doesn't wait any longer for it).
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no matchMedia; MUI asks it for the OS colour scheme (the theme follows `prefers-color-scheme`).
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

afterEach(() => {
  // Without Vitest globals Testing Library cannot register its own cleanup.
  cleanup();
  // Drafts live in sessionStorage, which jsdom keeps for the whole file.
  sessionStorage.clear();
});
