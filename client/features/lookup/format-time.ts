const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** Local date and time for a Unix timestamp in seconds (the upstream unit). */
export function formatDateTime(seconds: number): string {
  return dateTimeFormat.format(new Date(seconds * 1000));
}

export function formatDate(seconds: number): string {
  return dateFormat.format(new Date(seconds * 1000));
}

export function formatTime(seconds: number): string {
  return timeFormat.format(new Date(seconds * 1000));
}

/** ISO 8601 in UTC for exports, where the reader's time zone is unknown. */
export function formatIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

const UNITS: [limit: number, size: number, label: (n: number) => string][] = [
  [60, 1, (n) => `${n} s`],
  [60, 60, (n) => `${n} min`],
  [24, 3600, (n) => `${n} h`],
  [30, 86_400, (n) => (n === 1 ? '1 day' : `${n} days`)],
  [12, 2_592_000, (n) => (n === 1 ? '1 month' : `${n} months`)],
  [Number.POSITIVE_INFINITY, 31_536_000, (n) => (n === 1 ? '1 year' : `${n} years`)],
];

/** "in 4 h" or "2 days ago": compact and unit-stable, unlike Intl.RelativeTimeFormat's locale-dependent abbreviations. */
export function formatRelative(seconds: number, nowMs: number): string {
  const delta = seconds - nowMs / 1000;
  const abs = Math.abs(delta);
  for (const [limit, size, label] of UNITS) {
    const amount = Math.round(abs / size);
    if (amount < limit) {
      if (amount === 0 && size === 1) return 'now';
      return delta >= 0 ? `in ${label(amount)}` : `${label(amount)} ago`;
    }
  }
  return 'now';
}

export type MuteState = { kind: 'none' } | { kind: 'muted'; until: number } | { kind: 'expired'; until: number };

/** A mute whose end has passed is reported as expired, never as an active mute. */
export function muteState(mutedUntil: number | null, nowMs: number): MuteState {
  if (mutedUntil === null || mutedUntil <= 0) return { kind: 'none' };
  return mutedUntil * 1000 > nowMs ? { kind: 'muted', until: mutedUntil } : { kind: 'expired', until: mutedUntil };
}
