import { describe, expect, it } from 'vitest';
import { memberRow } from '../../testing/participant';
import type { ParticipantRow } from './build-rows';
import { applyQuickFilter, countQuickFilters, matchesQuickFilter, QUICK_FILTERS } from './quick-filters';

const NOW_MS = Date.UTC(2026, 10, 26, 12, 0, 0);
const NOW_S = NOW_MS / 1000;

const member = memberRow;

const error = { code: 'ServiceUnavailableTemp', message: 'busy', requestId: null, status: 503 };

const rows: ParticipantRow[] = [
  member('9223372036854775807', { role: 1 }),
  member('9007199254740993', { role: 2, mutedUntil: NOW_S + 3600 }),
  member('7300000000000000012', { mutedUntil: NOW_S + 60 }),
  member('7300000000000000013', { mutedUntil: NOW_S - 86_400 }),
  member('7300000000000000014', { status: 1 }),
  member('7300000000000000015', { role: 3, status: null }),
  { id: '7300000000000000099', kind: 'not-member' },
  { id: '7300000000000000098', kind: 'not-member' },
  { id: '7300000000000000097', kind: 'not-checked', error },
];

const idsUnder = (filter: (typeof QUICK_FILTERS)[number]) =>
  applyQuickFilter(rows, filter, NOW_MS).map((row) => row.id);

describe('Quick filters', () => {
  it('When a result holds every kind of row, then each filter counts exactly the rows it shows', () => {
    const counts = countQuickFilters(rows, NOW_MS);

    expect(counts).toEqual({
      all: 9,
      members: 6,
      ownerAdmins: 2,
      mutedNow: 2,
      muteExpired: 1,
      left: 1,
      notMember: 2,
      notChecked: 1,
    });
    for (const filter of QUICK_FILTERS) expect(idsUnder(filter)).toHaveLength(counts[filter]);
  });

  it('When "Owner & admins" is picked, then the owner and the admins remain, and an unknown role does not', () => {
    expect(idsUnder('ownerAdmins')).toEqual(['9223372036854775807', '9007199254740993']);
  });

  it('When a mute ends exactly now, then it counts as expired, never as muted', () => {
    const endsNow = member('5', { mutedUntil: NOW_S });

    expect(matchesQuickFilter(endsNow, 'mutedNow', NOW_MS)).toBe(false);
    expect(matchesQuickFilter(endsNow, 'muteExpired', NOW_MS)).toBe(true);
  });

  it('When time passes a mute end, then the same row moves from "Muted now" to "Mute expired"', () => {
    const later = NOW_MS + 120_000;

    expect(applyQuickFilter(rows, 'mutedNow', later).map((row) => row.id)).toEqual(['9007199254740993']);
    expect(applyQuickFilter(rows, 'muteExpired', later).map((row) => row.id)).toEqual([
      '7300000000000000012',
      '7300000000000000013',
    ]);
  });

  it('When "Left", "Not a member" or "Not checked" is picked, then only those rows remain, in input order', () => {
    expect(idsUnder('left')).toEqual(['7300000000000000014']);
    expect(idsUnder('notMember')).toEqual(['7300000000000000099', '7300000000000000098']);
    expect(idsUnder('notChecked')).toEqual(['7300000000000000097']);
  });

  it('When no filter is picked, then every row is kept as it is', () => {
    expect(applyQuickFilter(rows, null, NOW_MS)).toBe(rows);
  });

  it('When 50,000 rows are counted, then rows beyond any page are counted too', () => {
    const big: ParticipantRow[] = Array.from({ length: 50_000 }, (_, i) =>
      i % 2 === 0 ? member(String(8000000000000000000n + BigInt(i))) : { id: String(i + 1), kind: 'not-member' },
    );

    const counts = countQuickFilters(big, NOW_MS);

    expect(counts.members).toBe(25_000);
    expect(counts.notMember).toBe(25_000);
    expect(applyQuickFilter(big, 'notMember', NOW_MS).at(-1)?.id).toBe('50000');
  });
});
