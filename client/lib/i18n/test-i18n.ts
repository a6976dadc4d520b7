import i18next, { type i18n as I18n } from 'i18next';
import type { Language } from '../../../contract/preferences';
import { FALLBACK_LANGUAGE, NAMESPACES } from './languages';

// For tests only (nothing in the app imports this): every catalogue, bundled, so a test renders real texts at once.
const catalogues = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', {
  import: 'default',
  eager: true,
});

/** The catalogues as i18next resources: `{ en: { common: {...} }, 'zh-CN': {...} }`. */
export function allResources(): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, catalogue] of Object.entries(catalogues)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language = '', namespace = ''] = match;
    resources[language] ??= {};
    resources[language][namespace] = catalogue;
  }
  return resources;
}

/** A ready i18next instance in one language, configured as the app's (fallback, interpolation). */
export async function createTestI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    load: 'currentOnly',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    fallbackNS: false,
    interpolation: { escapeValue: false },
    resources: allResources(),
  });
  return instance;
}
