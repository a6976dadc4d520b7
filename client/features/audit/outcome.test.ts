import { describe, expect, it } from 'vitest';
import { isOkOutcome } from './outcome';

describe('isOkOutcome', () => {
  it('When the outcome is anything but ok, then it is a failure', () => {
    expect(isOkOutcome('ok')).toBe(true);
    expect(isOkOutcome('denied')).toBe(false);
    expect(isOkOutcome('upstream_error')).toBe(false);
  });
});
