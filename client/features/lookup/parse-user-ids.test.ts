import { describe, expect, it } from 'vitest';
import { parseUserIds } from './parse-user-ids';

describe('parseUserIds', () => {
  it('When IDs are separated by commas, spaces, tabs and CRLF, then each one is found in order', () => {
    const parsed = parseUserIds('1, 2 3\t4\r\n5\n\n6,,7');
    expect(parsed).toEqual({ ids: ['1', '2', '3', '4', '5', '6', '7'], invalid: [], duplicates: 0 });
  });

  it('When IDs exceed 2^53, then every digit is kept', () => {
    const parsed = parseUserIds('9223372036854775807 9007199254740993');
    expect(parsed.ids).toEqual(['9223372036854775807', '9007199254740993']);
  });

  it('When an ID repeats, possibly with leading zeros, then it is kept once at its first place', () => {
    const parsed = parseUserIds('7 8 007 7');
    expect(parsed.ids).toEqual(['7', '8']);
    expect(parsed.duplicates).toBe(2);
  });

  it('When tokens are out of range or not decimal, then they are reported and not sent', () => {
    const parsed = parseUserIds('abc 0 12 -5 1.5 9223372036854775808 1e3 abc');
    expect(parsed.ids).toEqual(['12']);
    expect(parsed.invalid).toEqual(['abc', '0', '-5', '1.5', '9223372036854775808', '1e3']);
  });

  it('When the text is blank, then nothing is found', () => {
    expect(parseUserIds(' \n\t ')).toEqual({ ids: [], invalid: [], duplicates: 0 });
  });
});
