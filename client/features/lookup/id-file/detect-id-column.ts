import { normalizeId } from '../../../../contract/int64';

export interface ColumnSummary {
  index: number;
  /** The header's text; empty when the file has none (the form then names the column by its number). */
  label: string;
  /** Distinct valid int64 IDs in this column (below the header), as the form would load them. */
  validIds: number;
  /** Non-empty cells below the header. */
  filled: number;
  /** The first non-empty cell below the header, for the operator to recognise the column by. */
  sample: string;
}

export interface ColumnGuess {
  hasHeader: boolean;
  columns: ColumnSummary[];
  /** The column that most looks like user IDs, or null when none holds any. */
  suggested: number | null;
  /** True when the guess is shaky (two columns hold IDs and no header settles it): ask the operator. */
  ambiguous: boolean;
}

// Headers that name a user ID in exports from IM consoles, CRMs and spreadsheets, English and Chinese.
const ID_HEADER = /^(user[ _-]?id|uid|participant[ _-]?user[ _-]?id|member[ _-]?id|用户\s*id|用户编号|成员\s*id)$/i;
const LOOSE_ID_HEADER = /(user|uid|member|participant|用户|成员)/i;

/**
 * Finds the column of user IDs in a CSV: a header that names one, else the column with the most valid IDs.
 * A first row with no valid ID in any column is taken as a header.
 */
export function detectIdColumn(rows: string[][]): ColumnGuess {
  const first = rows[0] ?? [];
  const hasHeader = first.length > 0 && first.every((cell) => normalizeId(cell) === null);
  const body = hasHeader ? rows.slice(1) : rows;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columns: ColumnSummary[] = Array.from({ length: width }, (_, index) => {
    const validIds = new Set<string>();
    let filled = 0;
    let sample = '';
    for (const row of body) {
      const cell = row[index]?.trim() ?? '';
      if (cell === '') continue;
      filled += 1;
      if (sample === '') sample = cell;
      const id = normalizeId(cell);
      if (id !== null) validIds.add(id);
    }
    const header = hasHeader ? (first[index]?.trim() ?? '') : '';
    return { index, label: header, validIds: validIds.size, filled, sample };
  });
  const withIds = columns.filter((c) => c.validIds > 0);
  const named = hasHeader
    ? (withIds.find((c) => ID_HEADER.test(c.label)) ?? withIds.find((c) => LOOSE_ID_HEADER.test(c.label)))
    : undefined;
  const byCount = [...withIds].sort((a, b) => b.validIds - a.validIds);
  const suggested = named ?? byCount[0];
  // Two columns full of IDs (user and operator, say) and no telling header: the operator should pick.
  const ambiguous = !named && byCount.length > 1 && (byCount[1]?.validIds ?? 0) >= (byCount[0]?.validIds ?? 0) * 0.5;
  return { hasHeader, columns, suggested: suggested?.index ?? null, ambiguous };
}
