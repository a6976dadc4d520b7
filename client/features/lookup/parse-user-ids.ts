import { normalizeId } from '../../../contract/int64';

export interface ParsedUserIds {
  /** Unique valid IDs in canonical form, in the order first seen. */
  ids: string[];
  /** Tokens that are not IDs in 1..2^63-1, unique, in the order first seen. */
  invalid: string[];
  /** How many valid tokens repeated an earlier ID (after canonicalising, so "007" repeats "7"). */
  duplicates: number;
}

// Spreadsheet pastes bring tabs and CRLF line ends; people typing use commas and spaces.
const SEPARATORS = /[\s,]+/;

/** Splits pasted text into user IDs. IDs stay strings throughout: Number() would corrupt them above 2^53. */
export function parseUserIds(text: string): ParsedUserIds {
  const ids = new Set<string>();
  const invalid = new Set<string>();
  let duplicates = 0;
  for (const token of text.split(SEPARATORS)) {
    if (token === '') continue;
    const id = normalizeId(token);
    if (id === null) invalid.add(token);
    else if (ids.has(id)) duplicates += 1;
    else ids.add(id);
  }
  return { ids: [...ids], invalid: [...invalid], duplicates };
}
