import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../../contract/lookup';
import { memberJson } from './member-json';

const participant: Participant = {
  conversationId: '7101234567890123456',
  userId: '9223372036854775807',
  role: 1,
  level: 30,
  nickname: 'Mira Chen',
  status: 0,
  operator: '9007199254740993',
  joinedAt: 1700000000,
  mutedUntil: 0,
  ext: { 's:from': 'biz' },
  avatarUrl: null,
};

describe('memberJson', () => {
  it('When a member is copied, then every ID is a quoted string with all its digits', () => {
    const text = memberJson({ id: participant.userId, kind: 'member', participant });

    expect(text).toContain('"userId": "9223372036854775807"');
    expect(text).toContain('"conversationId": "7101234567890123456"');
    expect(text).toContain('"operator": "9007199254740993"');
    expect(JSON.parse(text)).toEqual(participant);
  });

  it('When the ID is not a member, then the JSON says so rather than leaving fields empty', () => {
    expect(JSON.parse(memberJson({ id: '7300000000000000099', kind: 'not-member' }))).toEqual({
      userId: '7300000000000000099',
      member: false,
    });
  });

  it('When the ID was not checked, then membership is null and the upstream error is kept', () => {
    const error = { code: 'InternalError', message: 'boom', requestId: 'r1', status: 500 };
    const parsed = JSON.parse(memberJson({ id: '7300000000000000012', kind: 'not-checked', error }));

    expect(parsed).toEqual({ userId: '7300000000000000012', member: null, notChecked: error });
  });
});
