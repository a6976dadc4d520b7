import { describe, expect, it } from 'vitest';
import { formatAlternate, formatIso, formatTime, zoneLabel } from './date-time';

const AT = Date.UTC(2026, 10, 26, 6, 5, 7); // 2026-11-26 06:05:07 UTC
const shanghai = { locale: 'en-US', timeZone: 'local' as const, localZone: 'Asia/Shanghai' };

describe('zoneLabel', () => {
  it.each([
    ['Asia/Shanghai', AT, 'UTC+8'],
    ['Asia/Kolkata', AT, 'UTC+5:30'],
    ['America/New_York', AT, 'UTC-5'],
    ['America/New_York', Date.UTC(2026, 6, 1), 'UTC-4'],
    ['UTC', AT, 'UTC'],
  ])('When local time is %s, then the zone reads as an offset from UTC at that moment', (localZone, ms, expected) => {
    expect(zoneLabel(ms, { locale: 'zh-CN', timeZone: 'local', localZone })).toBe(expected);
  });

  it('When the operator chose UTC, then the zone is UTC whatever the browser says', () => {
    expect(zoneLabel(AT, { ...shanghai, timeZone: 'utc' })).toBe('UTC');
  });
});

describe('formatTime', () => {
  it('When shown in English local time, then date, time and zone are there', () => {
    expect(formatTime(AT, shanghai).full).toBe('Nov 26, 2026 2:05 PM UTC+8');
  });

  it('When shown in Chinese, then the date is Chinese and never splits "日" from its number', () => {
    const time = formatTime(AT, { ...shanghai, locale: 'zh-CN' }, { seconds: true });

    expect(time).toEqual({
      date: '2026年11月26日',
      time: '14:05:07',
      zone: 'UTC+8',
      full: '2026年11月26日 14:05:07 UTC+8',
    });
  });

  it('When the operator chose UTC, then every part is in UTC', () => {
    expect(formatTime(AT, { ...shanghai, locale: 'zh-CN', timeZone: 'utc' }).full).toBe('2026年11月26日 06:05 UTC');
  });
});

describe('formatAlternate', () => {
  it('When the page shows local time, then the tooltip shows UTC, and the other way round', () => {
    expect(formatAlternate(AT, shanghai).full).toBe('Nov 26, 2026 6:05 AM UTC');
    expect(formatAlternate(AT, { ...shanghai, timeZone: 'utc' }).full).toBe('Nov 26, 2026 2:05 PM UTC+8');
  });
});

describe('formatIso', () => {
  it('When exporting, then times are ISO 8601 in UTC without milliseconds', () => {
    expect(formatIso(AT)).toBe('2026-11-26T06:05:07Z');
  });
});
