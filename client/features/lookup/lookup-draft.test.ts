import { describe, expect, it } from 'vitest';
import { parseFormDraft, parsePendingLookup } from './lookup-draft';

describe('parseFormDraft', () => {
  it('When the stored draft is well formed, then it is restored as is', () => {
    const draft = { appId: '100001', conversationId: '7', userIdsText: '1\n2', reason: 'TICKET-1' };
    expect(parseFormDraft(draft)).toEqual(draft);
  });

  it('When a draft from an older build lacks the reason, then the reason starts empty', () => {
    expect(parseFormDraft({ appId: '1', conversationId: '', userIdsText: '' })).toMatchObject({ reason: '' });
  });

  it('When the stored value is not a draft, then it is ignored', () => {
    expect(parseFormDraft(null)).toBeNull();
    expect(parseFormDraft('x')).toBeNull();
    expect(parseFormDraft({ appId: 1, conversationId: '', userIdsText: '' })).toBeNull();
  });
});

describe('parsePendingLookup', () => {
  it('When a lookup was pending, then its IDs come back as the exact strings', () => {
    const request = { appId: '100001', conversationId: '7101234567890123456', userIds: ['9223372036854775807'] };
    expect(parsePendingLookup(request)).toEqual(request);
    expect(parsePendingLookup({ ...request, reason: 'TICKET-1' })).toEqual({ ...request, reason: 'TICKET-1' });
  });

  it('When the stored lookup is malformed, then nothing is re-run', () => {
    expect(parsePendingLookup({ appId: '1', conversationId: '2', userIds: [3] })).toBeNull();
    expect(parsePendingLookup({ appId: '1', conversationId: '2', userIds: [] })).toBeNull();
    expect(parsePendingLookup([])).toBeNull();
  });
});
