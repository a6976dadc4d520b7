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

const apiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** The request field at fault, e.g. `conversationId` or `userIds.3`. */
  field: z.optional(z.string()),
  /** What Volcengine said, when the failure was upstream. */
  upstream: z.optional(upstreamErrorInfoSchema),
  /** Seconds to wait before trying again (also sent as Retry-After). */
  retryAfter: z.optional(z.number()),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** `{ error: {...} }`: the one shape of every non-2xx answer. */
export const apiErrorBodySchema = z.object({ error: apiErrorSchema });
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
