import type { Participant } from '../../../../contract/lookup';
import type { LookupCounts, ParticipantRow } from '../build-rows';
import { type LookupJobState, listedMembers, type UncheckedError } from '../lookup-job-state';

/** IDs a job stopped before asking about: not checked, and the error says why. */
export const CANCELLED_ERROR: UncheckedError = {
  code: 'Cancelled',
  message: 'The lookup was cancelled before this ID was checked',
  requestId: null,
  status: 0,
};

/**
 * The grid's rows for a job, in input order (a lookup) or listing order (a browse). While a lookup runs, only IDs
 * with an answer have a row; once it has ended, every requested ID has one, the unanswered ones "not checked".
 */
export function jobRows(state: LookupJobState): ParticipantRow[] {
  if (state.mode === 'browse') return browseRows(listedMembers(state));
  const ended = state.outcome !== null;
  const rows: ParticipantRow[] = [];
  for (const id of state.request.userIds ?? []) {
    const participant = state.members.get(id);
    if (participant) rows.push({ id, kind: 'member', participant });
    else if (state.notMembers.has(id)) rows.push({ id, kind: 'not-member' });
    else {
      const error = state.unchecked.get(id);
      if (error) rows.push({ id, kind: 'not-checked', error });
      else if (ended) rows.push({ id, kind: 'not-checked', error: CANCELLED_ERROR });
    }
  }
  return rows;
}

// Members who join while a browse pages through may show up on two pages; the grid needs one row per ID.
function browseRows(members: Participant[]): ParticipantRow[] {
  const seen = new Set<string>();
  const rows: ParticipantRow[] = [];
  for (const participant of members) {
    if (seen.has(participant.userId)) continue;
    seen.add(participant.userId);
    rows.push({ id: participant.userId, kind: 'member', participant });
  }
  return rows;
}

/** Failed batches for the alert: the IDs still not checked, grouped by the error that left them so. */
export function uncheckedGroups(state: LookupJobState): Array<{ error: UncheckedError; userIds: string[] }> {
  const groups = new Map<UncheckedError, string[]>();
  for (const [id, error] of state.unchecked) {
    const ids = groups.get(error);
    if (ids) ids.push(id);
    else groups.set(error, [id]);
  }
  return [...groups].map(([error, userIds]) => ({ error, userIds }));
}

export type { LookupCounts };
