export type MuteState = { kind: 'none' } | { kind: 'muted'; until: number } | { kind: 'expired'; until: number };

/** A mute whose end has passed is reported as expired, never as an active mute. `mutedUntil` is Unix seconds. */
export function muteState(mutedUntil: number | null, nowMs: number): MuteState {
  if (mutedUntil === null || mutedUntil <= 0) return { kind: 'none' };
  return mutedUntil * 1000 > nowMs ? { kind: 'muted', until: mutedUntil } : { kind: 'expired', until: mutedUntil };
}
