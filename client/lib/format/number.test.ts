import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber } from './number';

describe('formatNumber', () => {
  it('When counting thousands, then digits are grouped the language’s way', () => {
    expect(formatNumber(12_345, 'en')).toBe('12,345');
    expect(formatNumber(12_345, 'zh-CN')).toBe('12,345');
  });
});

describe('formatDuration', () => {
  it('When under a second, then it reads in milliseconds; above, in seconds with three figures', () => {
    expect(formatDuration(42, 'en')).toBe('42 ms');
    expect(formatDuration(1234, 'en')).toBe('1.23 sec');
    expect(formatDuration(12_345, 'en')).toBe('12.3 sec');
    expect(formatDuration(42, 'zh-CN')).toBe('42毫秒');
    expect(formatDuration(1234, 'zh-CN')).toBe('1.23秒');
  });
});
