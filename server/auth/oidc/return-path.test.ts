import { describe, expect, it } from 'vitest';
import { consolePath } from './return-path';

describe('consolePath', () => {
  it("When the return address is one of the console's pages, then it is kept with its query", () => {
    expect(consolePath('/audit?event=lookup')).toBe('/audit?event=lookup');
    expect(consolePath('/l/abc#x')).toBe('/l/abc#x');
  });

  it('When it points elsewhere or at the API, then it is dropped (no open redirect)', () => {
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'audit',
      '/api/session',
      '/sign-in',
      '/a\nb',
      '',
      42,
      undefined,
      ['/audit'],
    ]) {
      expect(consolePath(bad), String(bad)).toBeNull();
    }
    expect(consolePath(`/${'a'.repeat(2001)}`)).toBeNull();
  });
});
