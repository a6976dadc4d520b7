import { describe, expect, it } from 'vitest';
import { outcomeTone } from './outcome';

describe('outcomeTone', () => {
  it('When the outcome is anything but ok or started, then it is a failure', () => {
    expect(outcomeTone('ok')).toBe('ok');
    expect(outcomeTone('denied')).toBe('failed');
    expect(outcomeTone('upstream_error')).toBe('failed');
  });

  it('When a started record is listed on its own, then it reads as unfinished', () => {
    expect(outcomeTone('started')).toBe('unfinished');
  });
});
