/** Query parameters that carry credentials of a sign-in in progress (the provider's one-time code and our state). */
const SECRET_PARAMS = ['code', 'state', 'session_state', 'id_token_hint'];

/**
 * The URL as request logs show it: the SSO callback's code and state are replaced, since a log reader could otherwise
 * race the browser to the callback with them.
 */
export function loggedUrl(url: string | undefined): string | undefined {
  if (!url?.startsWith('/api/session/oidc/') || !url.includes('?')) return url;
  const at = url.indexOf('?');
  const params = new URLSearchParams(url.slice(at + 1));
  for (const name of SECRET_PARAMS) if (params.has(name)) params.set(name, '[redacted]');
  return `${url.slice(0, at)}?${params}`;
}
