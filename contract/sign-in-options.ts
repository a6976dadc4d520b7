/** `GET /api/session/options` (public): how the sign-in page offers to sign in. */
export interface SignInOptions {
  /** Single sign-on, when configured: the button's label (null: the generic "Sign in with SSO"). */
  sso: { displayName: string | null } | null;
  /** False under OIDC_ONLY: the password form is only the break-glass admin's, behind a disclosure. */
  passwordForm: boolean;
}

/** `/sign-in?error=…` after a single sign-on that did not complete. */
export const SSO_ERRORS = [
  'sso_unavailable',
  'sso_failed',
  'sso_refused',
  'account_disabled',
  'too_many_attempts',
] as const;
export type SsoErrorCode = (typeof SSO_ERRORS)[number];
