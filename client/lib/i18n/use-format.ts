import { useMemo } from 'react';
import { formatAlternate, formatTime, type TimeSettings } from '../format/date-time';
import { formatDuration, formatNumber } from '../format/number';
import { formatRelative } from '../format/relative-time';
import { usePreferences } from './preferences';

/** The format helpers bound to the operator's language and time zone; the one way components format values. */
export function useFormat() {
  const { language, timeZone } = usePreferences();
  return useMemo(() => {
    const settings: TimeSettings = { locale: language, timeZone };
    return {
      language,
      timeZone,
      /** Unix milliseconds as date, time and zone. */
      time: (ms: number, options?: { seconds?: boolean }) => formatTime(ms, settings, options),
      /** The same moment in the other zone (UTC, or local when the page shows UTC), for tooltips. */
      alternate: (ms: number, options?: { seconds?: boolean }) => formatAlternate(ms, settings, options),
      relative: (ms: number, nowMs: number) => formatRelative(ms, nowMs, language),
      number: (value: number) => formatNumber(value, language),
      duration: (ms: number) => formatDuration(ms, language),
    };
  }, [language, timeZone]);
}

export type Format = ReturnType<typeof useFormat>;
