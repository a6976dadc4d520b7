import type { TFunction } from 'i18next';
import { formatIso } from '../../../lib/format/date-time';
import type { ParticipantRow } from '../build-rows';
import { extEntries } from '../participant-labels';
import { roleLabel, statusLabel } from './member-labels';

type SheetCell = { type: StringConstructor; value: string } | { type: NumberConstructor; value: number } | null;

/** write-excel-file's two arguments; the browser download and the read-back test pass the same ones. */
export interface MemberSheet {
  data: SheetCell[][];
  options: { columns: { width: number }[]; stickyRowsCount: number };
}

// In characters: a 19-digit ID fits, and the long Ext column wraps less.
const WIDTHS = [22, 20, 10, 8, 18, 22, 22, 22, 48];

const text = (value: string | null | undefined): SheetCell => (value ? { type: String, value } : null);
const isoOrNull = (seconds: number | null) => (seconds ? formatIso(seconds * 1000) : null);

/**
 * The lookup as a sheet with the CSV's columns. Every ID is a *text* cell: written as a number, Excel would keep
 * 15 significant digits and show 9223372036854775807 as 9.22337E+18. Text cells are never run as formulas either,
 * so a nickname such as "=HYPERLINK(…)" stays text without the CSV's neutralising quote.
 */
export function memberSheet(rows: readonly ParticipantRow[], t: TFunction<'lookup'>): MemberSheet {
  const header: SheetCell[] = [
    t('grid.userId'),
    t('grid.nickname'),
    t('grid.role'),
    t('grid.level'),
    t('grid.status'),
    t('grid.mutedUntil'),
    t('grid.joinedAt'),
    t('grid.operator'),
    t('grid.ext'),
  ].map((label) => ({ type: String, value: label }));
  const body = rows.map((row): SheetCell[] => {
    const participant = row.kind === 'member' ? row.participant : null;
    return [
      { type: String, value: row.id },
      text(participant?.nickname),
      participant ? { type: String, value: roleLabel(participant.role, t) } : null,
      participant?.level != null ? { type: Number, value: participant.level } : null,
      text(statusLabel(row, t)),
      text(participant && isoOrNull(participant.mutedUntil)),
      text(participant && isoOrNull(participant.joinedAt)),
      text(participant?.operator),
      text(
        participant &&
          extEntries(participant.ext)
            .map(([key, value]) => `${key}=${value}`)
            .join('; '),
      ),
    ];
  });
  return { data: [header, ...body], options: { columns: WIDTHS.map((width) => ({ width })), stickyRowsCount: 1 } };
}
