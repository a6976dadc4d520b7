import type { LookupRequest } from '../../../contract/lookup';
import { readDraft, removeDraft, writeDraft } from '../../lib/session-drafts';
import type { LookupFormValues } from './validate-lookup-form';

// When the session expires mid-lookup the operator goes through sign-in and comes back to a fresh page; these
// drafts bring back what they typed and the lookup they were waiting for.
const FORM = 'lookup-form';
const PENDING = 'lookup-pending';

const isString = (value: unknown): value is string => typeof value === 'string';

export function parseFormDraft(raw: unknown): LookupFormValues | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { appId, conversationId, userIdsText, reason } = raw as Record<string, unknown>;
  if (!isString(appId) || !isString(conversationId) || !isString(userIdsText)) return null;
  return { appId, conversationId, userIdsText, reason: isString(reason) ? reason : '' };
}

export function parsePendingLookup(raw: unknown): LookupRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { appId, conversationId, userIds, reason } = raw as Record<string, unknown>;
  if (!isString(appId) || !isString(conversationId) || !Array.isArray(userIds) || !userIds.every(isString)) {
    return null;
  }
  if (userIds.length === 0) return null;
  return { appId, conversationId, userIds, ...(isString(reason) && reason ? { reason } : {}) };
}

export const loadFormDraft = () => parseFormDraft(readDraft(FORM));
export const saveFormDraft = (values: LookupFormValues) => writeDraft(FORM, values);

/** A lookup that was sent but has not been answered, or was answered 401: it runs again after sign-in. */
export const loadPendingLookup = () => parsePendingLookup(readDraft(PENDING));
export const savePendingLookup = (request: LookupRequest) => writeDraft(PENDING, request);
export const clearPendingLookup = () => removeDraft(PENDING);
