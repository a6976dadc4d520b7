const formats = new Map<string, Intl.NumberFormat>();

function cached(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** "1,000" or "1,000" — grouped the locale's way. Never for IDs, which are strings and shown digit for digit. */
export function formatNumber(value: number, locale: string): string {
  return cached(locale, {}).format(value);
}

/** "42 ms" or "1.23 s" ("42毫秒", "1.23秒"): milliseconds below a second, then seconds with three figures. */
export function formatDuration(ms: number, locale: string): string {
  if (ms < 1000) return cached(locale, { style: 'unit', unit: 'millisecond' }).format(Math.round(ms));
  const digits = ms < 10_000 ? 2 : 1;
  return cached(locale, {
    style: 'unit',
    unit: 'second',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ms / 1000);
}
