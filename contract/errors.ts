import { z } from 'zod/mini';

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

const upstreamErrorInfoSchema = z.object({
  code: z.string(),
  message: z.string(),
  requestId: z.nullable(z.string()),
});
export type UpstreamErrorInfo = z.infer<typeof upstreamErrorInfoSchema>;

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

/** Typed parameters of an error's message. Read leniently: a rule this client doesn't know is just a string. */
const errorParamsSchema = z.object({
  rule: z.optional(z.string()),
  /** The bound the rule names: characters, items or bytes. */
  limit: z.optional(z.number()),
});
export interface ErrorParams {
  rule?: ErrorRule;
  limit?: number;
}

const apiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** The request field at fault, e.g. `conversationId` or `userIds.3`. */
  field: z.optional(z.string()),
  /** What Volcengine said, when the failure was upstream. */
  upstream: z.optional(upstreamErrorInfoSchema),
  /** Seconds to wait before trying again (also sent as Retry-After). */
  retryAfter: z.optional(z.number()),
  /** What the message says, as data: e.g. `{ rule: 'too_long', limit: 500 }`. */
  params: z.optional(errorParamsSchema),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** `{ error: {...} }`: the one shape of every non-2xx answer. */
export const apiErrorBodySchema = z.object({ error: apiErrorSchema });
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
