const UNITS: [unit: Intl.RelativeTimeFormatUnit, seconds: number, below: number][] = [
  ['second', 1, 60],
  ['minute', 60, 60],
  ['hour', 3600, 24],
  ['day', 86_400, 30],
  ['month', 2_592_000, 12],
  ['year', 31_536_000, Number.POSITIVE_INFINITY],
];

const formats = new Map<string, Intl.RelativeTimeFormat>();

function format(locale: string, numeric: 'always' | 'auto') {
  const key = `${locale}|${numeric}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.RelativeTimeFormat(locale, { numeric, style: 'long' });
    formats.set(key, found);
  }
  return found;
}

/**
 * "in 3 hours", "2 days ago", "3小时后": the largest unit that keeps the number below its next step. Only a moment
 * within a few seconds reads "now"; beyond that the number always shows, so "in 1 day" never turns into "tomorrow"
 * for something 30 hours away.
 */
export function formatRelative(targetMs: number, nowMs: number, locale: string): string {
  const deltaSeconds = (targetMs - nowMs) / 1000;
  const abs = Math.abs(deltaSeconds);
  if (abs < 5) return format(locale, 'auto').format(0, 'second');
  for (const [unit, size, below] of UNITS) {
    const amount = Math.round(abs / size);
    if (amount < below) return format(locale, 'always').format(Math.sign(deltaSeconds) * amount, unit);
  }
  return format(locale, 'auto').format(0, 'second');
}
