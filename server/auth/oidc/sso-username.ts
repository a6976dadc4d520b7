/**
 * An operator name for someone signing in by SSO for the first time: their preferred username, else their email,
 * else their subject, cut to what usernames allow (2–64 letters, digits, dots, dashes, underscores) so admins can
 * manage them like anyone else.
 */
export function usernameFromClaims(claims: Record<string, unknown>): string {
  const pick = (name: string) => (typeof claims[name] === 'string' ? (claims[name] as string) : '');
  const raw = pick('preferred_username') || pick('email') || `sso-${pick('sub')}`;
  const cleaned = raw
    .normalize('NFKD')
    .replace(/[^a-zA-Z0-9._@-]/g, '')
    .replace(/@/g, '_at_')
    .replace(/^[._-]+/, '')
    .slice(0, 64);
  return cleaned.length >= 2 ? cleaned : `sso-${pick('sub').replace(/[^a-zA-Z0-9._-]/g, '')}`.slice(0, 64);
}
