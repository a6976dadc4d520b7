import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../contract/preferences';
import { FALLBACK_LANGUAGE, type NAMESPACES, STARTUP_NAMESPACES } from './languages';

type Catalogue = Record<string, unknown>;

// Every catalogue is its own chunk, fetched when a page first needs it: English visitors never download Chinese,
// and the sign-in page never downloads the lookup's texts.
const catalogues = import.meta.glob<Catalogue>('../../locales/*/*.json', { import: 'default' });

export function loadCatalogue(language: string, namespace: string): Promise<Catalogue> {
  const load = catalogues[`../../locales/${language}/${namespace}.json`];
  return load ? load() : Promise.reject(new Error(`No catalogue ${language}/${namespace}`));
}

export const i18n = i18next.createInstance();
i18n.use(resourcesToBackend(loadCatalogue)).use(initReactI18next);

export function initI18n(language: Language) {
  return i18n.init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: ['en', 'zh-CN'],
    // "zh-CN" only, never a "zh" catalogue that doesn't exist.
    load: 'currentOnly',
    ns: STARTUP_NAMESPACES,
    defaultNS: 'common',
    fallbackNS: false,
    // React escapes what it renders; escaping here too would show "&lt;" in nicknames.
    interpolation: { escapeValue: false },
    react: { useSuspense: true },
  });
}

/** For a page about to open: its texts load alongside its code instead of after it. */
export function preloadNamespace(namespace: (typeof NAMESPACES)[number]) {
  return i18n.loadNamespaces(namespace);
}
