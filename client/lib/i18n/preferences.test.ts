import { describe, expect, it } from 'vitest';
import { parseStoredPreferences } from './preferences';

describe('parseStoredPreferences', () => {
  it('When the stored choice is well formed, then it is used', () => {
    expect(parseStoredPreferences('{"language":"zh-CN","timeZone":"utc"}')).toEqual({
      language: 'zh-CN',
      timeZone: 'utc',
    });
  });

  it('When a value is unknown, then only that value is dropped', () => {
    expect(parseStoredPreferences('{"language":"fr","timeZone":"utc"}')).toEqual({ timeZone: 'utc' });
  });

  it('When the stored text is missing, junk or not an object, then nothing is taken from it', () => {
    for (const raw of [null, '', '{', '"zh-CN"', '[]', 'null']) expect(parseStoredPreferences(raw)).toEqual({});
  });
});
