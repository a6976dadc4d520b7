import type { QueryClient } from '@tanstack/react-query';
import { SESSION_QUERY_KEY } from '../features/auth/api/get-session';

/**
 * "Someone was signed in here last time", kept in this browser so the first requests of the next visit can guess.
 * Read by the boot script (scripts/first-paint-preloads.ts) and first-requests.ts: with it, the lookup page's code
 * starts downloading with the bundle; without it, a signed-out visitor downloads only the sign-in page. A hint, not a
 * secret: the session itself stays in its HttpOnly cookie.
 */
export const SESSION_HINT_KEY = 'im-console.signed-in';

export function readSessionHint(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return false;
  }
}

/** Keeps the hint in step with every session answer: sign-in, sign-out, expiry. */
export function keepSessionHint(queryClient: QueryClient) {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.query.queryKey[0] !== SESSION_QUERY_KEY[0]) return;
    const session = event.query.state.data;
    if (session === undefined) return;
    try {
      if (session) localStorage.setItem(SESSION_HINT_KEY, '1');
      else localStorage.removeItem(SESSION_HINT_KEY);
    } catch {
      // Storage disabled: the next visit just doesn't guess.
    }
  });
}
