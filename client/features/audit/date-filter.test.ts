import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { isoToPickerValue, pickerValueToIso } from './date-filter';

describe('date filter values', () => {
  it('When a local minute is picked, then it becomes that instant, and reads back as the same minute', () => {
    const iso = pickerValueToIso(dayjs('2026-05-01T10:30'));

    expect(iso).toBe(new Date(2026, 4, 1, 10, 30).toISOString());
    expect(isoToPickerValue(iso, 'local')?.format('YYYY-MM-DD HH:mm')).toBe('2026-05-01 10:30');
  });

  it('When the operator reads UTC, then the picked minute is a UTC minute', () => {
    const iso = pickerValueToIso(dayjs.utc('2026-05-01T10:30'));

    expect(iso).toBe('2026-05-01T10:30:00.000Z');
    expect(isoToPickerValue(iso, 'utc')?.format('YYYY-MM-DD HH:mm')).toBe('2026-05-01 10:30');
  });

  it('When converting "To", then the whole minute is included', () => {
    expect(pickerValueToIso(dayjs.utc('2026-05-01T10:30:12'), { endOfMinute: true })).toBe('2026-05-01T10:30:59.999Z');
  });

  it('When the field is empty or half typed, then there is no bound', () => {
    expect(pickerValueToIso(null)).toBe('');
    expect(pickerValueToIso(dayjs('not a date'))).toBe('');
    expect(isoToPickerValue('', 'local')).toBeNull();
  });
});
