import { LANGUAGES, type Language } from '../../../contract/preferences';

export const FALLBACK_LANGUAGE: Language = 'en';

/**
 * One catalogue per feature, plus `common` (the frame, shared components) and `errors`. Each is a JSON file per
 * language under client/locales/, which a translator edits directly.
 */
export const NAMESPACES = ['common', 'errors', 'auth', 'lookup', 'history', 'audit', 'operators'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** What every page needs before its first paint: the frame, the error texts and the sign-in page. */
export const STARTUP_NAMESPACES: Namespace[] = ['common', 'errors', 'auth'];

export const isLanguage = (value: unknown): value is Language => LANGUAGES.some((language) => language === value);

/**
 * The console's language for a browser's preference list (`navigator.languages`): the first entry we speak wins,
 * any Chinese (zh, zh-TW, zh-Hans-CN…) reads Simplified Chinese, and anything else falls back to English.
 */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return FALLBACK_LANGUAGE;
}

/** Each language named in itself, so an operator who can't read the current one still finds theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };
