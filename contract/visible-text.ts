/**
 * Characters that change how text reads without showing themselves: C0 and C1 controls and DEL (Cc), format
 * characters such as the bidi overrides and isolates, zero-width spaces and joiners, LRM/RLM/ALM and tag characters
 * (Cf), line and paragraph separators (Zl, Zp), lone surrogates (Cs), and the Hangul fillers, which render blank.
 * One of them can make "evil.exe\u202Etxt" read "eviltxt.exe", or hide who an audit record names.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0]/gu;
const INVISIBLE_OR_BACKSLASH = /\\|[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0]/gu;

const hex = (code: number, width: number) => code.toString(16).toUpperCase().padStart(width, '0');

function escapeChar(char: string): string {
  if (char === '\\') return '\\\\';
  const code = char.codePointAt(0) ?? 0;
  return code > 0xffff ? `\\u{${hex(code, 5)}}` : `\\u${hex(code, 4)}`;
}

export interface TextPart {
  text: string;
  /** True for an escape standing in for an invisible character, so a UI can set it apart. */
  escaped: boolean;
}

/**
 * Splits text into plain runs and `\uXXXX` escapes of its invisible characters. A literal backslash becomes `\\`, so
 * text that merely looks like an escape (a reason typed as "\u202E") can never pass for one.
 */
export function visibleTextParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let plain = '';
  let last = 0;
  for (const match of text.matchAll(INVISIBLE_OR_BACKSLASH)) {
    plain += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0] === '\\') {
      plain += '\\\\';
      continue;
    }
    if (plain) parts.push({ text: plain, escaped: false });
    plain = '';
    parts.push({ text: escapeChar(match[0]), escaped: true });
  }
  plain += text.slice(last);
  if (plain) parts.push({ text: plain, escaped: false });
  return parts;
}

/** Text with every invisible character shown as `\uXXXX` (`\u{XXXXX}` above U+FFFF) and backslashes doubled. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE_OR_BACKSLASH, escapeChar);
}

/**
 * JSON whose invisible characters are `\uXXXX` escapes, which JSON itself reads back as the same characters: the
 * text shows what is there and still parses to the stored value. JSON already escapes backslashes and C0 controls.
 */
export function visibleJson(value: unknown, indent?: number): string {
  return (JSON.stringify(value, null, indent) ?? '').replace(INVISIBLE, (char) =>
    Array.from({ length: char.length }, (_, i) => `\\u${hex(char.charCodeAt(i), 4)}`).join(''),
  );
}
