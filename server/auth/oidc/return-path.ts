/**
 * Where to go after signing in, from `?returnTo=`: a path of the console's own pages only. Anything else (another
 * origin, `//host`, a backslash that browsers read as a slash, the API) is dropped, so the callback is no open redirect.
 */
export function consolePath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  if ([...value].some((c) => c === '\\' || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return null;
  if (value === '/api' || value.startsWith('/api/') || value.startsWith('/sign-')) return null;
  return value;
}
