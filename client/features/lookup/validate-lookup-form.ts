import { normalizeId } from '../../../contract/int64';
import { type LookupRequest, MAX_REASON_LENGTH } from '../../../contract/lookup';
import { type ParsedUserIds, parseUserIds } from './parse-user-ids';

export interface LookupFormValues {
  appId: string;
  conversationId: string;
  userIdsText: string;
  reason: string;
  /** Browse options, used only when User IDs is empty. */
  newestFirst?: boolean;
  onlineOnly?: boolean;
}

export interface LookupRules {
  maxUserIds: number;
  reasonRequired: boolean;
}

/** A problem with the form, as data; the form words it in the operator's language (see form-message.ts). */
export type FormMessage =
  | { key: 'conversationIdRange' }
  | { key: 'invalidIds'; ids: string[]; more: number }
  | { key: 'tooManyIds'; max: number }
  | { key: 'reasonTooLong'; max: number; length: number }
  | { key: 'reasonMissing' };

export interface LookupFormState {
  /** Ready to send, or null while anything is missing or invalid. */
  request: LookupRequest | null;
  conversationIdError: FormMessage | null;
  userIds: ParsedUserIds;
  userIdsError: FormMessage | null;
  /** Too long, or missing when required; the form shows "missing" only once the operator has been there. */
  reasonError: FormMessage | null;
  reasonMissing: boolean;
}

/** How many invalid tokens a helper text lists before counting the rest, so a huge paste can't flood the form. */
const SHOWN_INVALID = 5;
const shorten = (token: string) => (token.length > 24 ? `${token.slice(0, 24)}…` : token);

/**
 * `fromFile`: IDs read from a file, which replace the typed text. Their bad lines are reported beside the file and
 * skipped, so only the limit applies here.
 */
export function validateLookupForm(
  values: LookupFormValues,
  rules: LookupRules,
  fromFile: ParsedUserIds | null = null,
): LookupFormState {
  const conversationText = values.conversationId.trim();
  const conversationId = conversationText === '' ? null : normalizeId(conversationText);
  const conversationIdError: FormMessage | null =
    conversationText !== '' && conversationId === null ? { key: 'conversationIdRange' } : null;

  const userIds = fromFile ? { ...fromFile, invalid: [] } : parseUserIds(values.userIdsText);
  const userIdsError: FormMessage | null =
    userIds.invalid.length > 0
      ? {
          key: 'invalidIds',
          ids: userIds.invalid.slice(0, SHOWN_INVALID).map(shorten),
          more: Math.max(0, userIds.invalid.length - SHOWN_INVALID),
        }
      : userIds.ids.length > rules.maxUserIds
        ? { key: 'tooManyIds', max: rules.maxUserIds }
        : null;

  const reason = values.reason.trim();
  const reasonMissing = rules.reasonRequired && reason === '';
  const reasonError: FormMessage | null =
    reason.length > MAX_REASON_LENGTH
      ? { key: 'reasonTooLong', max: MAX_REASON_LENGTH, length: reason.length }
      : reasonMissing
        ? { key: 'reasonMissing' }
        : null;

  // No user IDs at all means "list every member" (a browse); invalid tokens still block it, and so does a file
  // that held no IDs: the operator meant to check a list, not to list everyone.
  const emptyFile = fromFile !== null && userIds.ids.length === 0;
  const ready =
    values.appId !== '' && conversationId !== null && userIdsError === null && reasonError === null && !emptyFile;
  const browse = userIds.ids.length === 0;
  return {
    request: ready
      ? {
          appId: values.appId,
          conversationId,
          userIds: userIds.ids,
          ...(browse && values.newestFirst ? { newestFirst: true } : {}),
          ...(browse && values.onlineOnly ? { onlineOnly: true } : {}),
          ...(reason ? { reason } : {}),
        }
      : null,
    conversationIdError,
    userIds,
    userIdsError,
    reasonError,
    reasonMissing,
  };
}
