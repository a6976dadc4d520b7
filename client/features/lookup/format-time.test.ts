import { describe, expect, it } from 'vitest';
import { formatIso, formatRelative, muteState } from './format-time';

const NOW_MS = Date.UTC(2026, 10, 26, 12, 0, 0);
const NOW_S = NOW_MS / 1000;

describe('formatRelative', () => {
  it.each([
    [NOW_S + 4 * 3600 - 5, 'in 4 h'],
    [NOW_S - 2 * 86_400 + 30, '2 days ago'],
    [NOW_S + 90, 'in 2 min'],
    [NOW_S - 20, '20 s ago'],
    [NOW_S + 86_400, 'in 1 day'],
    [NOW_S - 400 * 86_400, '1 year ago'],
    [NOW_S, 'now'],
  ])('When the time is %i, then it reads "%s"', (seconds, expected) => {
    expect(formatRelative(seconds, NOW_MS)).toBe(expected);
  });
});

describe('muteState', () => {
  it('When mutedUntil is 0 or null, then the member is not muted', () => {
    expect(muteState(0, NOW_MS)).toEqual({ kind: 'none' });
    expect(muteState(null, NOW_MS)).toEqual({ kind: 'none' });
  });

  it('When mutedUntil is in the future, then the member is muted', () => {
    expect(muteState(NOW_S + 60, NOW_MS)).toEqual({ kind: 'muted', until: NOW_S + 60 });
  });

  it('When mutedUntil has passed, then the mute is expired rather than active', () => {
    expect(muteState(NOW_S - 60, NOW_MS)).toEqual({ kind: 'expired', until: NOW_S - 60 });
  });
});

describe('formatIso', () => {
  it('When given Unix seconds, then it writes UTC ISO 8601 without milliseconds', () => {
    expect(formatIso(NOW_S)).toBe('2026-11-26T12:00:00Z');
  });
});
