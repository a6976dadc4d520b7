import { describe, expect, it } from 'vitest';
import { formatDuration, isOkOutcome } from './format-audit';

describe('formatDuration', () => {
  it('When under a second, then it reads in milliseconds; above, in seconds', () => {
    expect(formatDuration(null)).toBe('');
    expect(formatDuration(42)).toBe('42 ms');
    expect(formatDuration(1234)).toBe('1.23 s');
    expect(formatDuration(12_345)).toBe('12.3 s');
  });
});

describe('isOkOutcome', () => {
  it('When the outcome is anything but ok, then it is a failure', () => {
    expect(isOkOutcome('ok')).toBe(true);
    expect(isOkOutcome('denied')).toBe(false);
    expect(isOkOutcome('upstream_error')).toBe(false);
  });
});
