import { normalizeId } from '../../../contract/int64';
import type { LookupQuestion } from '../../../contract/saved-lookups';

/**
 * Browsers, proxies and chat apps cope with addresses this long; past it a lookup is saved on the server and the
 * address carries only its ID (`/l/<id>`).
 */
export const MAX_LINK_LENGTH = 1800;

const SAVED_PATH = /^\/l\/([A-Za-z0-9_-]{1,64})\/?$/;

/**
 * `/?app=…&conversation=…&users=1,2,3`: readable, and short enough for a handful of IDs. IDs are decimal digits, so
 * they need no escaping and the commas stay commas (URLSearchParams would spell each one `%2C`).
 */
export function lookupPath(question: LookupQuestion): string {
  let path = `/?app=${encodeURIComponent(question.appId)}&conversation=${encodeURIComponent(question.conversationId)}`;
  if (question.userIds.length > 0) path += `&users=${question.userIds.map(encodeURIComponent).join(',')}`;
  if (question.newestFirst) path += '&reverse=1';
  if (question.onlineOnly) path += '&online=1';
  return path;
}

/** The readable address of a question, or null when it would be longer than MAX_LINK_LENGTH with `origin`. */
export function shortLookupPath(question: LookupQuestion, origin = ''): string | null {
  const path = lookupPath(question);
  return origin.length + path.length <= MAX_LINK_LENGTH ? path : null;
}

export const savedLookupPath = (id: string) => `/l/${encodeURIComponent(id)}`;

/** The saved lookup's ID when the path is `/l/<id>`. */
export function savedLookupId(pathname: string): string | null {
  return SAVED_PATH.exec(pathname)?.[1] ?? null;
}

/** What the address asks for: nothing, a question to run, or one that doesn't parse (shown in the form as typed). */
export type AddressQuestion =
  | { kind: 'none' }
  | { kind: 'valid'; question: LookupQuestion }
  | { kind: 'invalid'; appId: string; conversationId: string; userIdsText: string };

const FLAG = (value: string | null) => value === '1' || value === 'true';

export function parseLookupSearch(search: string): AddressQuestion {
  const params = new URLSearchParams(search);
  const app = params.get('app');
  const conversation = params.get('conversation');
  if (app === null || conversation === null) return { kind: 'none' };
  const tokens = (params.get('users') ?? '').split(/[\s,]+/).filter((token) => token !== '');
  const appId = normalizeId(app);
  const conversationId = normalizeId(conversation);
  const userIds = tokens.map(normalizeId);
  if (appId === null || conversationId === null || userIds.some((id) => id === null)) {
    return { kind: 'invalid', appId: app, conversationId: conversation, userIdsText: tokens.join('\n') };
  }
  return {
    kind: 'valid',
    question: {
      appId,
      conversationId,
      userIds: [...new Set(userIds as string[])],
      newestFirst: FLAG(params.get('reverse')),
      onlineOnly: FLAG(params.get('online')),
    },
  };
}

/** Two questions ask the same thing (the reason is not part of a question). */
export function sameQuestion(a: LookupQuestion | null, b: LookupQuestion | null): boolean {
  if (!a || !b) return false;
  return (
    a.appId === b.appId &&
    a.conversationId === b.conversationId &&
    a.newestFirst === b.newestFirst &&
    a.onlineOnly === b.onlineOnly &&
    a.userIds.length === b.userIds.length &&
    a.userIds.every((id, index) => id === b.userIds[index])
  );
}
