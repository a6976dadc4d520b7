import { describe, expect, it } from 'vitest';
import { parseStoredPreferences } from './preferences';

describe('parseStoredPreferences', () => {
  it('When the stored choice is well formed, then it is used, with what is still to be saved to an account', () => {
    expect(parseStoredPreferences('{"language":"zh-CN","timeZone":"utc","unsaved":["language"]}')).toEqual({
      preferences: { language: 'zh-CN', timeZone: 'utc' },
      unsaved: ['language'],
    });
  });

  it('When a theme was chosen, then it is kept, and an unknown one is dropped', () => {
    expect(parseStoredPreferences('{"theme":"dark","unsaved":["theme"]}')).toEqual({
      preferences: { theme: 'dark' },
      unsaved: ['theme'],
    });
    expect(parseStoredPreferences('{"theme":"sepia","timeZone":"utc"}')).toEqual({
      preferences: { timeZone: 'utc' },
      unsaved: [],
    });
  });

  it('When a value is unknown, then only that value is dropped', () => {
    expect(parseStoredPreferences('{"language":"fr","timeZone":"utc","unsaved":["language","colour"]}')).toEqual({
      preferences: { timeZone: 'utc' },
      unsaved: ['language'],
    });
  });

  it('When the stored text is missing, junk or not an object, then nothing is taken from it', () => {
    for (const raw of [null, '', '{', '"zh-CN"', '[]', 'null']) {
      expect(parseStoredPreferences(raw)).toEqual({ preferences: {}, unsaved: [] });
    }
  });
});
