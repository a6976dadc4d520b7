/** What RequireSession puts in the router state when it sends an operator to sign-in. */
export interface SignInState {
  from: { pathname: string; search?: string; hash?: string };
  /** The operator had a session that the server no longer accepts, as opposed to opening a link signed out. */
  expired?: boolean;
}

const AUTH_PATHS = new Set(['/sign-in', '/sign-out']);

/**
 * Where to go after signing in: the page the operator was sent away from, else the lookup. Router state can be
 * anything a script pushed, so only same-origin paths pass.
 */
export function redirectTarget(state: unknown): string {
  return returnPath(state) ?? '/';
}

/** The page the operator was sent away from, or null when they came to sign-in on their own. */
export function returnPath(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('from' in state)) return null;
  const from = (state as { from: unknown }).from;
  if (typeof from !== 'object' || from === null) return null;
  const { pathname, search, hash } = from as Record<string, unknown>;
  if (typeof pathname !== 'string' || !pathname.startsWith('/') || pathname.startsWith('//')) return null;
  if (AUTH_PATHS.has(pathname)) return null;
  return pathname + (typeof search === 'string' ? search : '') + (typeof hash === 'string' ? hash : '');
}

export function isExpiredSession(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { expired?: unknown }).expired === true;
}
