import type { LookupResponse, Participant, UnansweredBatch } from '../../../contract/lookup';

/**
 * One grid row per requested user ID. "Not checked" is kept apart from "not a member":
 * an upstream failure tells us nothing about membership.
 */
export type ParticipantRow =
  | { id: string; kind: 'member'; participant: Participant }
  | { id: string; kind: 'not-member' }
  | { id: string; kind: 'not-checked'; error: UnansweredBatch['error'] };

// Used when the server neither lists an ID nor reports it unanswered; it should not happen, but must not read as "no".
const MISSING_ANSWER: UnansweredBatch['error'] = {
  code: 'NoAnswer',
  message: 'The server returned no answer for this ID',
  requestId: null,
  status: 0,
};

export function buildRows(response: LookupResponse): ParticipantRow[] {
  const members = new Map(response.participants.map((p) => [p.userId, p]));
  const notMembers = new Set(response.notMembers);
  const unanswered = new Map<string, UnansweredBatch['error']>();
  for (const batch of response.unanswered) {
    for (const id of batch.userIds) unanswered.set(id, batch.error);
  }
  return response.userIds.map((id): ParticipantRow => {
    const participant = members.get(id);
    if (participant) return { id, kind: 'member', participant };
    if (notMembers.has(id)) return { id, kind: 'not-member' };
    return { id, kind: 'not-checked', error: unanswered.get(id) ?? MISSING_ANSWER };
  });
}

export interface LookupCounts {
  members: number;
  notMembers: number;
  notChecked: number;
}

export function countRows(rows: ParticipantRow[]): LookupCounts {
  const counts = { members: 0, notMembers: 0, notChecked: 0 };
  for (const row of rows) {
    if (row.kind === 'member') counts.members += 1;
    else if (row.kind === 'not-member') counts.notMembers += 1;
    else counts.notChecked += 1;
  }
  return counts;
}
