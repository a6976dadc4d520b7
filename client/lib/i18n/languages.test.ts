import { describe, expect, it } from 'vitest';
import { detectLanguage } from './languages';

describe('detectLanguage', () => {
  it.each([
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh-TW'], 'zh-CN'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-CN'], 'zh-CN'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ])('When the browser prefers %j, then the console speaks %s', (preferred, expected) => {
    expect(detectLanguage(preferred)).toBe(expected);
  });
});
