import { describe, expect, it } from 'vitest';
import { parseLossless } from '../volcengine/lossless';
import { participantsResultSchema, toParticipant } from './upstream-participant';

const parse = (json: string) => participantsResultSchema.parse(parseLossless(json)).Participants?.map(toParticipant);

describe('upstream participants', () => {
  it('When IDs exceed 2^53, then every digit is kept', () => {
    const [p] =
      parse(
        '{"Participants":[{"ConversationShortId":9223372036854775807,"ParticipantUserId":9007199254740993,"Role":2,"Operator":9007199254740995}]}',
      ) ?? [];
    expect(p).toMatchObject({
      conversationId: '9223372036854775807',
      userId: '9007199254740993',
      operator: '9007199254740995',
      role: 2,
    });
  });

  it('When optional fields are missing, then they are null and a missing Role means member', () => {
    const [p] = parse('{"Participants":[{"ConversationShortId":1,"ParticipantUserId":2}]}') ?? [];
    expect(p).toEqual({
      conversationId: '1',
      userId: '2',
      role: 0,
      level: null,
      nickname: null,
      status: null,
      operator: null,
      joinedAt: null,
      mutedUntil: null,
      ext: {},
      avatarUrl: null,
    });
  });

  it('When enums hold values this console does not know, then they pass through as numbers', () => {
    const [p] = parse('{"Participants":[{"ConversationShortId":1,"ParticipantUserId":2,"Role":7,"Status":9}]}') ?? [];
    expect(p).toMatchObject({ role: 7, status: 9 });
  });

  it('When Ext holds a numeral, then it is shown as its exact digits', () => {
    const [p] =
      parse(
        '{"Participants":[{"ConversationShortId":1,"ParticipantUserId":2,"Role":0,"Ext":{"n":12345678901234567890,"s":"<b>x</b>"}}]}',
      ) ?? [];
    expect(p?.ext).toEqual({ n: '12345678901234567890', s: '<b>x</b>' });
  });

  it('When Participants is absent or null, then there are none', () => {
    expect(parse('{}')).toBeUndefined();
    expect(participantsResultSchema.parse(parseLossless('{"Participants":null}')).Participants).toBeNull();
  });

  it('When an ID is a string or a fraction, then the result is rejected rather than guessed', () => {
    expect(() => parse('{"Participants":[{"ConversationShortId":"1","ParticipantUserId":2,"Role":0}]}')).toThrow();
    expect(() => parse('{"Participants":[{"ConversationShortId":1,"ParticipantUserId":2.5,"Role":0}]}')).toThrow();
  });
});
