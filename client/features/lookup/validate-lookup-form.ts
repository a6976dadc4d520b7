import { ID_RANGE_MESSAGE, normalizeId } from '../../../contract/int64';
import { type LookupRequest, MAX_REASON_LENGTH } from '../../../contract/lookup';
import { describeInvalid, type ParsedUserIds, parseUserIds } from './parse-user-ids';

export interface LookupFormValues {
  appId: string;
  conversationId: string;
  userIdsText: string;
  reason: string;
}

export interface LookupRules {
  maxUserIds: number;
  reasonRequired: boolean;
}

export interface LookupFormState {
  /** Ready to send, or null while anything is missing or invalid. */
  request: LookupRequest | null;
  conversationIdError: string | null;
  userIds: ParsedUserIds;
  userIdsError: string | null;
  /** Too long, or missing when required; the form shows "missing" only once the operator has been there. */
  reasonError: string | null;
  reasonMissing: boolean;
}

export const REASON_MISSING_MESSAGE = 'Enter a reason: a ticket number or a short note';

export function validateLookupForm(values: LookupFormValues, rules: LookupRules): LookupFormState {
  const conversationText = values.conversationId.trim();
  const conversationId = conversationText === '' ? null : normalizeId(conversationText);
  const conversationIdError =
    conversationText !== '' && conversationId === null ? `Conversation ID ${ID_RANGE_MESSAGE}` : null;

  const userIds = parseUserIds(values.userIdsText);
  const userIdsError =
    userIds.invalid.length > 0
      ? describeInvalid(userIds.invalid)
      : userIds.ids.length > rules.maxUserIds
        ? `At most ${rules.maxUserIds.toLocaleString('en-US')} user IDs per lookup`
        : null;

  const reason = values.reason.trim();
  const reasonMissing = rules.reasonRequired && reason === '';
  const reasonError =
    reason.length > MAX_REASON_LENGTH
      ? `At most ${MAX_REASON_LENGTH} characters (${reason.length} now)`
      : reasonMissing
        ? REASON_MISSING_MESSAGE
        : null;

  const ready =
    values.appId !== '' &&
    conversationId !== null &&
    userIds.ids.length > 0 &&
    userIdsError === null &&
    reasonError === null;
  return {
    request: ready
      ? { appId: values.appId, conversationId, userIds: userIds.ids, ...(reason ? { reason } : {}) }
      : null,
    conversationIdError,
    userIds,
    userIdsError,
    reasonError,
    reasonMissing,
  };
}

export function countLabel(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'user ID' : 'user IDs'}`;
}
