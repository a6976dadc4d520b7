import Papa from 'papaparse';
import { normalizeId } from '../../../../contract/int64';
import type { ParsedUserIds } from '../parse-user-ids';
import { type ColumnGuess, detectIdColumn } from './detect-id-column';

/** A line whose content is not a user ID: its number in the file (1-based) and the offending text. */
export interface InvalidLine {
  line: number;
  text: string;
}

interface FileIds {
  ids: ParsedUserIds;
  /** The first few bad lines, to name in the form; the count says how many there are in all. */
  invalidLines: InvalidLine[];
  invalidLineCount: number;
}

export type IdFile = FileIds &
  ({ kind: 'list'; name: string } | { kind: 'table'; name: string; guess: ColumnGuess; column: number | null });

/** A CSV's non-empty rows, each with its line number in the file, kept so another column can be picked. */
export interface IdTable {
  rows: string[][];
  lines: number[];
}

/** Enough bad lines to show what is wrong; a file full of them must not flood the form (or the message). */
export const SHOWN_INVALID_LINES = 5;
const SEPARATORS = /[\s,]+/;
const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Counts and deduplicates like pasted text (parse-user-ids.ts), but remembers which line each bad token was on. */
function collectIds(entries: Iterable<InvalidLine>): FileIds {
  const ids = new Set<string>();
  const invalid = new Set<string>();
  const invalidLines: InvalidLine[] = [];
  let duplicates = 0;
  let invalidLineCount = 0;
  for (const { line, text } of entries) {
    let bad: string | null = null;
    for (const token of text.split(SEPARATORS)) {
      if (token === '') continue;
      const id = normalizeId(token);
      if (id === null) {
        bad ??= token;
        invalid.add(token);
      } else if (ids.has(id)) duplicates += 1;
      else ids.add(id);
    }
    if (bad === null) continue;
    invalidLineCount += 1;
    if (invalidLines.length < SHOWN_INVALID_LINES) invalidLines.push({ line, text: shorten(bad) });
  }
  return { ids: { ids: [...ids], invalid: [...invalid], duplicates }, invalidLines, invalidLineCount };
}

function* textLines(text: string): Generator<InvalidLine> {
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i += 1) yield { line: i + 1, text: lines[i] ?? '' };
}

function* columnCells(table: IdTable, column: number, hasHeader: boolean): Generator<InvalidLine> {
  for (let i = hasHeader ? 1 : 0; i < table.rows.length; i += 1) {
    const text = table.rows[i]?.[column]?.trim() ?? '';
    if (text !== '') yield { line: table.lines[i] ?? i + 1, text };
  }
}

/** A file whose lines hold more than one field is a table; one ID per line (or pasted lists) is a list. */
function looksTabular(rows: string[][]): boolean {
  const sample = rows.slice(0, 50);
  return sample.filter((r) => r.length > 1).length > sample.length / 2;
}

/** The IDs of one column, counted and deduplicated like pasted text. */
export function idsOfColumn(table: IdTable, column: number, hasHeader: boolean): FileIds {
  return collectIds(columnCells(table, column, hasHeader));
}

/** Papa's rows without the blank ones, each with its number. Rows are lines unless a quoted cell spans lines. */
function parseTable(text: string): IdTable {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const table: IdTable = { rows: [], lines: [] };
  parsed.data.forEach((row, index) => {
    if (row.every((cell) => cell.trim() === '')) return;
    table.rows.push(row);
    table.lines.push(index + 1);
  });
  return table;
}

/**
 * Reads a dropped .txt or .csv: a plain list of IDs, or a table whose ID column is found (or left for the
 * operator to pick). Runs in a worker: a 50,000-line file must not freeze the page.
 */
export function readIdFile(name: string, raw: string): { file: IdFile; table: IdTable } {
  const text = raw.replace(/^\uFEFF/, '');
  const table = parseTable(text);
  if (!/\.csv$/i.test(name) && !looksTabular(table.rows))
    return { file: { kind: 'list', name, ...collectIds(textLines(text)) }, table };
  const guess = detectIdColumn(table.rows);
  const column = guess.suggested;
  const ids = column === null ? collectIds([]) : idsOfColumn(table, column, guess.hasHeader);
  return { file: { kind: 'table', name, guess, column, ...ids }, table };
}
