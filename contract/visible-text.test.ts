import { describe, expect, it } from 'vitest';
import { visibleJson, visibleText, visibleTextParts } from './visible-text';

describe('visibleText', () => {
  it('When text holds bidi controls, then each shows as its \\u escape and nothing else changes', () => {
    const text = 'evil\u202Etxt.exe \u2066x\u2069 \u200E\u200F\u061C';

    const shown = visibleText(text);

    expect(shown).toBe('evil\\u202Etxt.exe \\u2066x\\u2069 \\u200E\\u200F\\u061C');
  });

  it('When text holds C0 and C1 controls, DEL, zero-width and tag characters, then all are escaped', () => {
    const text = 'a\u0000b\tc\nd\u001Be\u007Ff\u0085g\u009Fh\u200Bi\uFEFFj\u{E0041}k\u2028l\u3164m';

    const shown = visibleText(text);

    expect(shown).toBe(
      'a\\u0000b\\u0009c\\u000Ad\\u001Be\\u007Ff\\u0085g\\u009Fh\\u200Bi\\uFEFFj\\u{E0041}k\\u2028l\\u3164m',
    );
  });

  it('When text holds a literal backslash or an escape typed by hand, then it cannot pass for an escape', () => {
    expect(visibleText('C:\\temp \\u202E')).toBe('C:\\\\temp \\\\u202E');
    expect(visibleText('\u202E')).not.toBe(visibleText('\\u202E'));
  });

  it('When text is ordinary, including CJK, emoji and accents, then it is returned unchanged', () => {
    const text = 'Mira Chen 陈米拉 😀 café — ok_1';

    expect(visibleText(text)).toBe(text);
  });
});

describe('visibleTextParts', () => {
  it('When text mixes plain runs and invisible characters, then the escapes are marked and the parts join up', () => {
    const parts = visibleTextParts('a\\b\u202Ec\u0007');

    expect(parts).toEqual([
      { text: 'a\\\\b', escaped: false },
      { text: '\\u202E', escaped: true },
      { text: 'c', escaped: false },
      { text: '\\u0007', escaped: true },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(visibleText('a\\b\u202Ec\u0007'));
  });
});

describe('visibleJson', () => {
  it('When a value holds invisible characters, then the JSON shows them escaped and still parses to the value', () => {
    const value = { username: 'adm\u202Ein', note: 'a\\b\nc\u{E0041}' };

    const json = visibleJson(value);

    expect(json).toBe('{"username":"adm\\u202Ein","note":"a\\\\b\\nc\\uDB40\\uDC41"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
