// No zod here: the client loads these with its first page, and zod would come along with any schema in the file.

/** Every error code the API answers with. The client translates these; never match on messages. */
export const ERROR_CODES = [
  'invalid_request',
  'malformed_json',
  'bad_request',
  'body_too_large',
  'unsupported_media_type',
  'unsupported_encoding',
  'not_found',
  'unauthenticated',
  'forbidden',
  'cross_site',
  'misdirected_request',
  'invalid_credentials',
  'account_disabled',
  'password_sign_in_disabled',
  'too_many_attempts',
  'conflict',
  'internal_error',
  'service_unavailable',
  'upstream_throttled',
  'upstream_unavailable',
  'upstream_timeout',
  'upstream_error',
  'upstream_bad_response',
  'upstream_unreachable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Which rule a request broke (invalid_request, conflict), so the client can say it in the operator's language
 * instead of showing the server's English `message`.
 */
export const ERROR_RULES = [
  'required',
  'too_long',
  'too_short',
  'too_many_items',
  'too_few_items',
  'id_range',
  'format',
  'invalid',
  'unknown_app',
  'own_account',
  'last_admin',
  'sso_account',
  'exists',
] as const;
export type ErrorRule = (typeof ERROR_RULES)[number];
