import { describe, expect, it } from 'vitest';
import { validateLookupForm } from './validate-lookup-form';

const valid = { appId: '100001', conversationId: '7101234567890123456', userIdsText: '1\n2\n2', reason: '' };
const rules = { maxUserIds: 1000, reasonRequired: false };

describe('validateLookupForm', () => {
  it('When every field is valid, then the request carries exact, de-duplicated IDs', () => {
    const state = validateLookupForm({ ...valid, conversationId: ' 9223372036854775807 ' }, rules);
    expect(state.request).toEqual({ appId: '100001', conversationId: '9223372036854775807', userIds: ['1', '2'] });
    expect(state.conversationIdError).toBeNull();
    expect(state.userIdsError).toBeNull();
  });

  it('When the conversation ID is out of range, then it is flagged and nothing is sent', () => {
    const state = validateLookupForm({ ...valid, conversationId: '9223372036854775808' }, rules);
    expect(state.request).toBeNull();
    expect(state.conversationIdError).toEqual({ key: 'conversationIdRange' });
  });

  it('When a user ID token is invalid, then the helper names it and nothing is sent', () => {
    const state = validateLookupForm({ ...valid, userIdsText: '5 abc 0 6' }, rules);
    expect(state.request).toBeNull();
    expect(state.userIdsError).toEqual({ key: 'invalidIds', ids: ['abc', '0'], more: 0 });
    expect(state.userIds.ids).toEqual(['5', '6']);
  });

  it('When many tokens are invalid, then five are named, long ones shortened, and the rest counted', () => {
    const text = ['a', 'b', 'c', 'x'.repeat(30), 'e', 'f', 'g', '5'].join(' ');
    const state = validateLookupForm({ ...valid, userIdsText: text }, rules);
    expect(state.userIdsError).toEqual({ key: 'invalidIds', ids: ['a', 'b', 'c', `${'x'.repeat(24)}…`, 'e'], more: 2 });
  });

  it('When User IDs is empty, then the request lists every member; when a file held no IDs, then nothing is sent', () => {
    expect(validateLookupForm({ ...valid, userIdsText: '' }, rules).request).toEqual({
      appId: '100001',
      conversationId: '7101234567890123456',
      userIds: [],
    });
    const fromEmptyFile = validateLookupForm({ ...valid, userIdsText: '' }, rules, {
      ids: [],
      invalid: [],
      duplicates: 0,
    });
    expect(fromEmptyFile.request).toBeNull();
  });

  it('When there are more IDs than allowed, then it is an error', () => {
    const text = Array.from({ length: 1001 }, (_, i) => String(i + 1)).join(',');
    const state = validateLookupForm({ ...valid, userIdsText: text }, rules);
    expect(state.request).toBeNull();
    expect(state.userIdsError).toEqual({ key: 'tooManyIds', max: 1000 });
  });

  it('When fields are still empty, then nothing is flagged yet but nothing can be sent', () => {
    const state = validateLookupForm({ ...valid, conversationId: '', userIdsText: '' }, rules);
    expect(state).toMatchObject({ request: null, conversationIdError: null, userIdsError: null });
  });

  it('When a reason is given, then it is sent trimmed; when blank, then it is left out', () => {
    expect(validateLookupForm({ ...valid, reason: '  TICKET-123 ' }, rules).request?.reason).toBe('TICKET-123');
    expect(validateLookupForm({ ...valid, reason: '   ' }, rules).request).not.toHaveProperty('reason');
  });

  it('When the server requires a reason and it is blank, then nothing can be sent', () => {
    const state = validateLookupForm(valid, { ...rules, reasonRequired: true });
    expect(state).toMatchObject({
      request: null,
      reasonMissing: true,
      reasonError: { key: 'reasonMissing' },
    });
  });

  it('When the reason is longer than the server allows, then it is an error', () => {
    const state = validateLookupForm({ ...valid, reason: 'x'.repeat(501) }, rules);
    expect(state.request).toBeNull();
    expect(state.reasonError).toEqual({ key: 'reasonTooLong', max: 500, length: 501 });
  });

  it('When User IDs is empty, then the request is a browse carrying its options', () => {
    const state = validateLookupForm({ ...valid, userIdsText: ' ', newestFirst: true, onlineOnly: true }, rules);
    expect(state.request).toEqual({
      appId: '100001',
      conversationId: '7101234567890123456',
      userIds: [],
      newestFirst: true,
      onlineOnly: true,
    });
  });

  it('When User IDs are given, then the browse options are left out of the request', () => {
    const state = validateLookupForm({ ...valid, newestFirst: true, onlineOnly: true }, rules);
    expect(state.request).not.toHaveProperty('newestFirst');
    expect(state.request).not.toHaveProperty('onlineOnly');
  });
});
