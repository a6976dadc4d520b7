import type { TFunction } from 'i18next';
import Papa from 'papaparse';
import type { Participant } from '../../../../contract/lookup';
import { formatIso } from '../../../lib/format/date-time';
import type { ParticipantRow } from '../build-rows';
import { extEntries, roleKey, statusKey } from '../participant-labels';

/** The grid's columns, in the grid's order (participant-columns.tsx); a test holds the two together. */
export const CSV_FIELDS = [
  'userId',
  'nickname',
  'role',
  'level',
  'status',
  'mutedUntil',
  'joinedAt',
  'operator',
  'ext',
] as const;
type CsvField = (typeof CSV_FIELDS)[number];

const iso = (seconds: number | null | undefined) => (seconds ? formatIso(seconds * 1000) : '');

/** Looks each label up once: i18next is too slow to ask 50,000 times per column. */
function labels(t: TFunction<'lookup'>) {
  const cache = new Map<string, string>();
  return (key: string, code?: string) => {
    const id = code === undefined ? key : `${key}|${code}`;
    let text = cache.get(id);
    if (text === undefined) {
      text = code === undefined ? t(key as 'status.notMember') : t(key as 'status.notChecked', { code });
      cache.set(id, text);
    }
    return text;
  };
}
type Label = ReturnType<typeof labels>;

/** One cell as the grid's own export writes it: labels in the operator's language, times as UTC ISO. */
function cell(row: ParticipantRow, field: CsvField, t: Label): string {
  const p: Participant | null = row.kind === 'member' ? row.participant : null;
  switch (field) {
    case 'userId':
      return row.id;
    case 'nickname':
      return p?.nickname ?? '';
    case 'role': {
      if (!p) return '';
      const key = roleKey(p.role);
      return key ? t(`role.${key}`) : String(p.role);
    }
    case 'level':
      return p?.level === null || p?.level === undefined ? '' : String(p.level);
    case 'status': {
      if (row.kind === 'not-member') return t('status.notMember');
      if (row.kind === 'not-checked') return t('status.notChecked', row.error.code);
      if (row.participant.status === null) return '';
      const key = statusKey(row.participant.status);
      return key ? t(`status.${key}`) : String(row.participant.status);
    }
    case 'mutedUntil':
      return iso(p?.mutedUntil);
    case 'joinedAt':
      return iso(p?.joinedAt);
    case 'operator':
      return p?.operator ?? '';
    case 'ext':
      return p
        ? extEntries(p.ext)
            .map(([key, value]) => `${key}=${value}`)
            .join('; ')
        : '';
  }
}

/**
 * Every row (not one page, not one filter) as CSV text, RFC 4180 with CRLF. IDs are written as the strings they
 * are; cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) are defused with a leading quote.
 */
export function participantsCsv(rows: readonly ParticipantRow[], t: TFunction<'lookup'>): string {
  const header = CSV_FIELDS.map((field) => t(`grid.${field}`));
  const label = labels(t);
  const data = rows.map((row) => CSV_FIELDS.map((field) => cell(row, field, label)));
  return Papa.unparse({ fields: header, data }, { newline: '\r\n', escapeFormulae: true });
}
