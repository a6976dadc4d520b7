import Papa from 'papaparse';
import { type ParsedUserIds, parseUserIds } from '../parse-user-ids';
import { type ColumnGuess, detectIdColumn } from './detect-id-column';

export type IdFile =
  | { kind: 'list'; name: string; ids: ParsedUserIds }
  | { kind: 'table'; name: string; guess: ColumnGuess; column: number | null; ids: ParsedUserIds };

/** A file whose lines hold more than one field is a table; one ID per line (or pasted lists) is a list. */
function looksTabular(rows: string[][]): boolean {
  const sample = rows.slice(0, 50);
  return sample.filter((r) => r.length > 1).length > sample.length / 2;
}

/** The IDs of one column, counted and deduplicated like pasted text. */
export function idsOfColumn(rows: string[][], column: number, hasHeader: boolean): ParsedUserIds {
  const cells = (hasHeader ? rows.slice(1) : rows).map((r) => r[column]?.trim() ?? '').filter(Boolean);
  return parseUserIds(cells.join('\n'));
}

/**
 * Reads a dropped .txt or .csv: a plain list of IDs, or a table whose ID column is found (or left for the
 * operator to pick). Runs in a worker: a 50,000-line file must not freeze the page.
 */
export function readIdFile(name: string, text: string): { file: IdFile; rows: string[][] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  if (!/\.csv$/i.test(name) && !looksTabular(rows))
    return { file: { kind: 'list', name, ids: parseUserIds(text) }, rows };
  const guess = detectIdColumn(rows);
  const column = guess.suggested;
  const ids = column === null ? parseUserIds('') : idsOfColumn(rows, column, guess.hasHeader);
  return { file: { kind: 'table', name, guess, column, ids }, rows };
}
