import { z } from 'zod/mini';
import { ERROR_CODES, type ErrorRule } from './error-codes';

const upstreamErrorInfoSchema = z.object({
  code: z.string(),
  message: z.string(),
  requestId: z.nullable(z.string()),
});
export type UpstreamErrorInfo = z.infer<typeof upstreamErrorInfoSchema>;

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
