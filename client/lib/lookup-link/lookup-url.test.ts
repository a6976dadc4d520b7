import { describe, expect, it } from 'vitest';
import type { LookupQuestion } from '../../../contract/saved-lookups';
import {
  lookupPath,
  MAX_LINK_LENGTH,
  parseLookupSearch,
  sameQuestion,
  savedLookupId,
  shortLookupPath,
} from './lookup-url';

const question = (userIds: string[], extra: Partial<LookupQuestion> = {}): LookupQuestion => ({
  appId: '100001',
  conversationId: '7101234567890123456',
  userIds,
  newestFirst: false,
  onlineOnly: false,
  ...extra,
});

describe('lookup addresses', () => {
  it('When a question has a few IDs, then its address carries them digit for digit, commas unescaped', () => {
    const path = lookupPath(question(['9223372036854775807', '9007199254740993']));

    expect(path).toBe('/?app=100001&conversation=7101234567890123456&users=9223372036854775807,9007199254740993');
    expect(parseLookupSearch(path.slice(1))).toEqual({
      kind: 'valid',
      question: question(['9223372036854775807', '9007199254740993']),
    });
  });

  it('When a browse lists newest or online members first, then the address says so and reads back the same', () => {
    const browse = question([], { newestFirst: true, onlineOnly: true });
    const path = lookupPath(browse);

    expect(path).toBe('/?app=100001&conversation=7101234567890123456&reverse=1&online=1');
    expect(parseLookupSearch(path.slice(1))).toEqual({ kind: 'valid', question: browse });
  });

  it('When the address would pass the length limit, then there is no short address', () => {
    const ids = Array.from({ length: 300 }, (_, i) => String(7300000000000500000n + BigInt(i)));

    expect(shortLookupPath(question(ids.slice(0, 80)), 'http://127.0.0.1:8080')).not.toBeNull();
    expect(shortLookupPath(question(ids), 'http://127.0.0.1:8080')).toBeNull();
    // The most IDs that still fit: the address is within the limit, and one more ID would not be.
    const origin = 'http://127.0.0.1:8080';
    const fit = ids.findIndex((_, n) => shortLookupPath(question(ids.slice(0, n + 1)), origin) === null);
    const longest = shortLookupPath(question(ids.slice(0, fit)), origin) ?? '';
    expect(fit).toBeGreaterThan(80);
    expect(origin.length + longest.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(origin.length + lookupPath(question(ids.slice(0, fit + 1))).length).toBeGreaterThan(MAX_LINK_LENGTH);
  });

  it('When an address has no app or conversation, then it asks nothing', () => {
    expect(parseLookupSearch('')).toEqual({ kind: 'none' });
    expect(parseLookupSearch('?users=1,2')).toEqual({ kind: 'none' });
  });

  it('When an address holds a bad ID, then it is not run but given to the form as typed', () => {
    expect(parseLookupSearch('?app=100001&conversation=9223372036854775808&users=1,x')).toEqual({
      kind: 'invalid',
      appId: '100001',
      conversationId: '9223372036854775808',
      userIdsText: '1\nx',
    });
  });

  it('When IDs repeat or carry leading zeros, then the question holds each once, canonical', () => {
    expect(parseLookupSearch('?app=100001&conversation=0042&users=007,7,8')).toEqual({
      kind: 'valid',
      question: { ...question(['7', '8']), conversationId: '42' },
    });
  });

  it('When a path is /l/<id>, then the saved lookup ID is read from it, and from nothing else', () => {
    expect(savedLookupId('/l/AbC_-123456789012345678')).toBe('AbC_-123456789012345678');
    expect(savedLookupId('/l/')).toBeNull();
    expect(savedLookupId('/l/a/b')).toBeNull();
    expect(savedLookupId('/recent')).toBeNull();
  });

  it('When two questions differ in any part but the reason, then they are not the same', () => {
    const a = question(['1', '2']);
    expect(sameQuestion(a, question(['1', '2']))).toBe(true);
    expect(sameQuestion(a, question(['2', '1']))).toBe(false);
    expect(sameQuestion(a, question(['1', '2'], { newestFirst: true }))).toBe(false);
    expect(sameQuestion(a, { ...a, appId: '100002' })).toBe(false);
    expect(sameQuestion(a, null)).toBe(false);
  });
});
