import type { Language } from '../../../contract/preferences';

/** Theme overrides carrying MUI's texts for a language; English is MUI's default, so it needs none. */
export type MuiLocales = readonly object[];

const loaded = new Map<Language, MuiLocales>([['en', []]]);

export async function loadMuiLocales(language: Language): Promise<MuiLocales> {
  const known = loaded.get(language);
  if (known) return known;
  const { zhCNLocales } = await import('./mui-locale-zh-cn');
  loaded.set(language, zhCNLocales);
  return zhCNLocales;
}

/** The locales for a language once loaded; English until then. */
export function muiLocales(language: Language): MuiLocales {
  return loaded.get(language) ?? [];
}
