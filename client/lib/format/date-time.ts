import type { TimeZoneMode } from '../../../contract/preferences';

export interface TimeSettings {
  /** A BCP 47 tag, e.g. "en" or "zh-CN". */
  locale: string;
  timeZone: TimeZoneMode;
  /** The IANA zone "local" means; the browser's own when left out (tests pin it). */
  localZone?: string;
}

export interface FormattedTime {
  date: string;
  time: string;
  /** "UTC+8", "UTC-3:30", or "UTC". */
  zone: string;
  /** Date, time and zone on one line. */
  full: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are slow to build and the grid formats hundreds of cells, so each one is built once. */
function cached(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

const ianaZone = ({ timeZone, localZone }: TimeSettings) => (timeZone === 'utc' ? 'UTC' : localZone);

/**
 * The zone as an offset from UTC, which reads the same in every language ("UTC+8", not "GMT+8" or "中国标准时间").
 * Taken for the instant itself, so summer and winter time each get their own offset.
 */
export function zoneLabel(ms: number, settings: TimeSettings): string {
  const parts = cached('en-US', { timeZone: ianaZone(settings), timeZoneName: 'longOffset' }).formatToParts(ms);
  const offset = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!match) return 'UTC';
  const [, sign, hours, minutes] = match;
  if (Number(hours) === 0 && minutes === '00') return 'UTC';
  return `UTC${sign}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}

/** A moment in the operator's language, in local time or UTC as they chose, always with its zone. */
export function formatTime(ms: number, settings: TimeSettings, { seconds = false } = {}): FormattedTime {
  const timeZone = ianaZone(settings);
  const date = cached(settings.locale, { dateStyle: 'medium', timeZone }).format(ms);
  const time = cached(settings.locale, { timeStyle: seconds ? 'medium' : 'short', timeZone }).format(ms);
  const zone = zoneLabel(ms, settings);
  return { date, time, zone, full: `${date} ${time} ${zone}` };
}

/** The same moment shown the other way round, for a tooltip: UTC when the page shows local time, and back. */
export function formatAlternate(ms: number, settings: TimeSettings, options?: { seconds?: boolean }): FormattedTime {
  return formatTime(ms, { ...settings, timeZone: settings.timeZone === 'utc' ? 'local' : 'utc' }, options);
}

/** ISO 8601 in UTC without milliseconds: for exports and `<time datetime>`, where the reader's zone is unknown. */
export function formatIso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
