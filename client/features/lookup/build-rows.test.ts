import { describe, expect, it } from 'vitest';
import type { LookupResponse } from '../../../contract/lookup';
import { participant } from '../../testing/participant';
import { buildRows, countRows } from './build-rows';

const member = (userId: string) => participant(userId);

const error = { code: 'ServiceUnavailableTemp', message: 'busy', requestId: 'r-2', status: 503 };

const response: LookupResponse = {
  appId: '100001',
  conversationId: '7101234567890123456',
  mode: 'lookup',
  outcome: 'partial',
  conversation: { state: 'unknown' },
  browseError: null,
  userIds: ['9223372036854775807', '3', '2', '9007199254740993', '5'],
  participants: [member('9007199254740993'), member('9223372036854775807')],
  notMembers: ['3'],
  unanswered: [{ userIds: ['2'], error }],
  requestIds: ['r-1', 'r-2'],
};

describe('buildRows', () => {
  it('When members, non-members and unanswered IDs are mixed, then rows follow the requested order', () => {
    const rows = buildRows(response);
    expect(rows.map((row) => [row.id, row.kind])).toEqual([
      ['9223372036854775807', 'member'],
      ['3', 'not-member'],
      ['2', 'not-checked'],
      ['9007199254740993', 'member'],
      ['5', 'not-checked'],
    ]);
  });

  it('When an ID was in a failed batch, then the row carries that batch error and is not "not a member"', () => {
    const row = buildRows(response)[2];
    expect(row).toEqual({ id: '2', kind: 'not-checked', error });
  });

  it('When the server omits an ID entirely, then it is still shown as not checked', () => {
    const row = buildRows(response)[4];
    expect(row?.kind).toBe('not-checked');
  });

  it('When rows are counted, then each kind is tallied', () => {
    expect(countRows(buildRows(response))).toEqual({ members: 2, notMembers: 1, notChecked: 2 });
  });
});
