import { useSyncExternalStore } from 'react';
import type { Language, Preferences, TimeZoneMode } from '../../../contract/preferences';
import { i18n } from './i18n';
import { detectLanguage, isLanguage } from './languages';
import { loadMuiLocales } from './mui-locales';

/** What the console shows now: always a language, unlike the stored preference, which may not have one yet. */
export interface DisplayPreferences {
  language: Language;
  timeZone: TimeZoneMode;
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

/** The stored choices, checked: the value may come from an older build or be hand-edited. */
export function parseStoredPreferences(raw: string | null): Partial<DisplayPreferences> {
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (typeof value !== 'object' || value === null) return {};
    const { language, timeZone } = value as Record<string, unknown>;
    return {
      ...(isLanguage(language) ? { language } : {}),
      ...(timeZone === 'local' || timeZone === 'utc' ? { timeZone } : {}),
    };
  } catch {
    return {};
  }
}

/** The first visit follows the browser; after that, the last choice made in this browser. */
export function initialPreferences(languages: readonly string[] = browserLanguages()): DisplayPreferences {
  const stored = parseStoredPreferences(storage()?.getItem(STORAGE_KEY) ?? null);
  return { language: stored.language ?? detectLanguage(languages), timeZone: stored.timeZone ?? 'local' };
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

let current: DisplayPreferences = { language: 'en', timeZone: 'local' };
/** Choices made here but not yet saved on the server: made while signed out, saved once signed in. */
let unsaved: Partial<DisplayPreferences> = {};
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
 * Shows the console with these choices and remembers them in this browser. A language switch waits until its
 * texts (ours and MUI's) are loaded, so the page changes at once rather than word by word.
 */
export async function changePreferences(patch: Partial<DisplayPreferences>, { saved }: { saved: boolean }) {
  const next = { ...current, ...patch };
  if (patch.language && patch.language !== i18n.language) {
    await Promise.all([i18n.loadLanguages(patch.language), loadMuiLocales(patch.language)]);
    await i18n.changeLanguage(patch.language);
  }
  unsaved = saved ? {} : { ...unsaved, ...patch };
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled: the choice still applies until the tab closes.
  }
  show(next);
}

/**
 * After sign-in: the operator's saved choices apply, except those they just made on the sign-in page, which are
 * returned so the caller can save them to the account.
 */
export async function adoptServerPreferences(server: Preferences): Promise<Partial<DisplayPreferences>> {
  const pending = unsaved;
  const adopted: Partial<DisplayPreferences> = {};
  if (server.language && pending.language === undefined) adopted.language = server.language;
  if (pending.timeZone === undefined) adopted.timeZone = server.timeZone;
  await changePreferences(adopted, { saved: true });
  // An operator who never chose a language on the server keeps following this browser until they do.
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
