import type { ParticipantRow } from '../build-rows';

/**
 * A row as the JSON an operator pastes into a ticket. IDs stay decimal strings (the contract's form), so no reader
 * that parses the text with `JSON.parse` can round a 19-digit ID to a float.
 */
export function memberJson(row: ParticipantRow): string {
  if (row.kind === 'member') return JSON.stringify(row.participant, null, 2);
  if (row.kind === 'not-member') return JSON.stringify({ userId: row.id, member: false }, null, 2);
  return JSON.stringify({ userId: row.id, member: null, notChecked: row.error }, null, 2);
}
