import { describe, expect, it } from 'vitest';
import { formatRelative } from './relative-time';

const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);
const S = 1000;

describe('formatRelative', () => {
  it.each([
    [NOW + (4 * 3600 - 5) * S, 'in 4 hours', '4小时后'],
    [NOW - (2 * 86_400 - 30) * S, '2 days ago', '2天前'],
    [NOW + 90 * S, 'in 2 minutes', '2分钟后'],
    [NOW - 20 * S, '20 seconds ago', '20秒钟前'],
    [NOW + 30 * 3600 * S, 'in 1 day', '1天后'],
    [NOW - 400 * 86_400 * S, '1 year ago', '1年前'],
    [NOW + 2 * S, 'now', '现在'],
  ])('When the time is %i, then English reads "%s" and Chinese "%s"', (ms, en, zh) => {
    expect(formatRelative(ms, NOW, 'en')).toBe(en);
    expect(formatRelative(ms, NOW, 'zh-CN')).toBe(zh);
  });
});
