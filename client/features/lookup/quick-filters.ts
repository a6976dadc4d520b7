import { ROLE, STATUS } from '../../../contract/lookup';
import type { ParticipantRow } from './build-rows';
import { muteState } from './mute-state';

/** The one-click filters above the results, in the order they are shown. */
export const QUICK_FILTERS = [
  'members',
  'ownerAdmins',
  'mutedNow',
  'muteExpired',
  'left',
  'notMember',
  'notChecked',
] as const;
export type QuickFilter = (typeof QUICK_FILTERS)[number];

export type QuickFilterCounts = Record<QuickFilter, number> & { all: number };

/**
 * Whether a row belongs under a filter. The filters overlap on purpose ("Members" counts what the summary counts,
 * left and muted members included), so each is a question of its own, not a partition.
 */
export function matchesQuickFilter(row: ParticipantRow, filter: QuickFilter, nowMs: number): boolean {
  switch (filter) {
    case 'members':
      return row.kind === 'member';
    case 'ownerAdmins':
      return row.kind === 'member' && (row.participant.role === ROLE.owner || row.participant.role === ROLE.admin);
    case 'mutedNow':
      return row.kind === 'member' && muteState(row.participant.mutedUntil, nowMs).kind === 'muted';
    case 'muteExpired':
      return row.kind === 'member' && muteState(row.participant.mutedUntil, nowMs).kind === 'expired';
    case 'left':
      return row.kind === 'member' && row.participant.status === STATUS.left;
    case 'notMember':
      return row.kind === 'not-member';
    case 'notChecked':
      return row.kind === 'not-checked';
  }
}

/** Every filter's count over the whole result in one pass: a 50,000-row result is counted on each streamed page. */
export function countQuickFilters(rows: readonly ParticipantRow[], nowMs: number): QuickFilterCounts {
  const counts: QuickFilterCounts = {
    all: rows.length,
    members: 0,
    ownerAdmins: 0,
    mutedNow: 0,
    muteExpired: 0,
    left: 0,
    notMember: 0,
    notChecked: 0,
  };
  for (const row of rows) {
    for (const filter of QUICK_FILTERS) if (matchesQuickFilter(row, filter, nowMs)) counts[filter] += 1;
  }
  return counts;
}

/** The rows a filter keeps, in their original order; no filter keeps them all (the same array). */
export function applyQuickFilter<Row extends ParticipantRow>(
  rows: Row[],
  filter: QuickFilter | null,
  nowMs: number,
): Row[] {
  return filter === null ? rows : rows.filter((row) => matchesQuickFilter(row, filter, nowMs));
}
