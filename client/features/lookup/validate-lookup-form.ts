import { ID_RANGE_MESSAGE, normalizeId } from '../../../contract/int64';
import type { LookupRequest } from '../../../contract/lookup';
import { describeInvalid, type ParsedUserIds, parseUserIds } from './parse-user-ids';

export interface LookupFormValues {
  appId: string;
  conversationId: string;
  userIdsText: string;
}

export interface LookupFormState {
  /** Ready to send, or null while anything is missing or invalid. */
  request: LookupRequest | null;
  conversationIdError: string | null;
  userIds: ParsedUserIds;
  userIdsError: string | null;
}

export function validateLookupForm(values: LookupFormValues, maxUserIds: number): LookupFormState {
  const conversationText = values.conversationId.trim();
  const conversationId = conversationText === '' ? null : normalizeId(conversationText);
  const conversationIdError =
    conversationText !== '' && conversationId === null ? `Conversation ID ${ID_RANGE_MESSAGE}` : null;

  const userIds = parseUserIds(values.userIdsText);
  const userIdsError =
    userIds.invalid.length > 0
      ? describeInvalid(userIds.invalid)
      : userIds.ids.length > maxUserIds
        ? `At most ${maxUserIds.toLocaleString('en-US')} user IDs per lookup`
        : null;

  const ready = values.appId !== '' && conversationId !== null && userIds.ids.length > 0 && userIdsError === null;
  return {
    request: ready ? { appId: values.appId, conversationId, userIds: userIds.ids } : null,
    conversationIdError,
    userIds,
    userIdsError,
  };
}

export function countLabel(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'user ID' : 'user IDs'}`;
}
