import { describe, expect, it } from 'vitest';
import { muteState } from './mute-state';

const NOW_MS = Date.UTC(2026, 10, 26, 12, 0, 0);
const NOW_S = NOW_MS / 1000;

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
