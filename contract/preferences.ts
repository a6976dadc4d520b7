// No zod here: the client loads this file with its first page. The request schema is in preferences-patch.ts.

/** The languages the console speaks; English is the fallback for anything missing. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `local`: the browser's time zone, labelled (e.g. "UTC+8"); `utc`: every time in UTC. */
export const TIME_ZONE_MODES = ['local', 'utc'] as const;
export type TimeZoneMode = (typeof TIME_ZONE_MODES)[number];

/** `system` follows the OS setting; `light` and `dark` override it. */
export const THEME_MODES = ['system', 'light', 'dark'] as const;
export type ThemeMode = (typeof THEME_MODES)[number];

/** What an operator chose, kept on their account so it follows them to any browser. */
export interface Preferences {
  /** null until the operator picks one: the console then follows the browser's languages. */
  language: Language | null;
  timeZone: TimeZoneMode;
  theme: ThemeMode;
}

export const DEFAULT_PREFERENCES: Preferences = { language: null, timeZone: 'local', theme: 'system' };

/** Stored preferences, read leniently: a value this build doesn't know falls back to the default. */
export function parsePreferences(raw: unknown): Preferences {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const language = LANGUAGES.find((l) => l === value.language) ?? null;
  const timeZone = TIME_ZONE_MODES.find((m) => m === value.timeZone) ?? DEFAULT_PREFERENCES.timeZone;
  const theme = THEME_MODES.find((m) => m === value.theme) ?? DEFAULT_PREFERENCES.theme;
  return { language, timeZone, theme };
}
