import { useSyncExternalStore } from 'react';
import {
  type Language,
  type Preferences,
  THEME_MODES,
  type ThemeMode,
  TIME_ZONE_MODES,
  type TimeZoneMode,
} from '../../../contract/preferences';
import { i18n } from './i18n';
import { detectLanguage, isLanguage } from './languages';
import { loadMuiLocales } from './mui-locales';

/** What the console shows now: always a language, unlike the stored preference, which may not have one yet. */
export interface DisplayPreferences {
  language: Language;
  timeZone: TimeZoneMode;
  theme: ThemeMode;
}

// Kept in localStorage for the signed-out sign-in page and the next visit; the server keeps the operator's copy.
const STORAGE_KEY = 'im-console.preferences';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

type PreferenceKey = keyof DisplayPreferences;
const PREFERENCE_KEYS: readonly unknown[] = ['language', 'timeZone', 'theme'] satisfies PreferenceKey[];

interface Stored {
  preferences: Partial<DisplayPreferences>;
  /** Choices made while signed out, not yet saved to an account: the next operator to sign in here gets them. */
  unsaved: PreferenceKey[];
}

/** The stored choices, checked: the value may come from an older build or be hand-edited. */
export function parseStoredPreferences(raw: string | null): Stored {
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { preferences: {}, unsaved: [] };
    const { language, timeZone, theme, unsaved } = value as Record<string, unknown>;
    const zone = TIME_ZONE_MODES.find((mode) => mode === timeZone);
    const colours = THEME_MODES.find((mode) => mode === theme);
    return {
      preferences: {
        ...(isLanguage(language) ? { language } : {}),
        ...(zone ? { timeZone: zone } : {}),
        ...(colours ? { theme: colours } : {}),
      },
      unsaved: Array.isArray(unsaved)
        ? unsaved.filter((key): key is PreferenceKey => PREFERENCE_KEYS.includes(key))
        : [],
    };
  } catch {
    return { preferences: {}, unsaved: [] };
  }
}

const readStored = () => parseStoredPreferences(storage()?.getItem(STORAGE_KEY) ?? null);

function writeStored(preferences: DisplayPreferences, unsaved: PreferenceKey[]) {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ ...preferences, unsaved }));
  } catch {
    // Storage full or disabled: the choice still applies until the tab closes.
  }
}

/** The first visit follows the browser; after that, the last choice made in this browser. */
export function initialPreferences(languages: readonly string[] = browserLanguages()): DisplayPreferences {
  const { preferences } = readStored();
  return {
    language: preferences.language ?? detectLanguage(languages),
    timeZone: preferences.timeZone ?? 'local',
    theme: preferences.theme ?? 'system',
  };
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

let current: DisplayPreferences = { language: 'en', timeZone: 'local', theme: 'system' };
const listeners = new Set<() => void>();

function show(next: DisplayPreferences) {
  current = next;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = next.language;
    document.title = i18n.t('common:appName', { lng: next.language });
  }
  for (const listener of listeners) listener();
}

/** Sets what the console starts with; the language's texts must be loaded (main.tsx does both). */
export function startWith(preferences: DisplayPreferences) {
  show(preferences);
}

/**
 * Shows the console with these choices and remembers them in this browser; `saved: false` (signed out) also marks
 * them for saving to the account of whoever signs in next. A language switch waits until its texts (ours and
 * MUI's) are loaded, so the page changes at once rather than word by word.
 */
export async function changePreferences(patch: Partial<DisplayPreferences>, { saved }: { saved: boolean }) {
  const next = { ...current, ...patch };
  if (patch.language && patch.language !== i18n.language) {
    await Promise.all([i18n.loadLanguages(patch.language), loadMuiLocales(patch.language)]);
    await i18n.changeLanguage(patch.language);
  }
  const keys = Object.keys(patch) as PreferenceKey[];
  const { unsaved } = readStored();
  writeStored(next, saved ? unsaved.filter((key) => !keys.includes(key)) : [...new Set([...unsaved, ...keys])]);
  show(next);
}

/**
 * After sign-in: the operator's saved choices apply, except those made on the sign-in page and not yet saved, which
 * are returned so the caller can save them to the account.
 */
export async function adoptServerPreferences(server: Preferences): Promise<Partial<DisplayPreferences>> {
  const { unsaved } = readStored();
  const pending: Partial<DisplayPreferences> = {};
  for (const key of unsaved) Object.assign(pending, { [key]: current[key] });
  const adopted: Partial<DisplayPreferences> = {};
  // An operator who never chose a language keeps following this browser until they do.
  if (server.language && pending.language === undefined) adopted.language = server.language;
  if (pending.timeZone === undefined) adopted.timeZone = server.timeZone;
  if (pending.theme === undefined) adopted.theme = server.theme;
  await changePreferences({ ...adopted, ...pending }, { saved: true });
  return pending;
}

export function getPreferences(): DisplayPreferences {
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePreferences(): DisplayPreferences {
  return useSyncExternalStore(subscribe, getPreferences, getPreferences);
}
