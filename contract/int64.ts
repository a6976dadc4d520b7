import { z } from 'zod/mini';

export const INT64_MAX = 9223372036854775807n;
export const ID_RANGE_MESSAGE = 'must be a decimal integer from 1 to 9223372036854775807';

/**
 * Returns the canonical decimal form of an int64 ID in 1..2^63-1, or null.
 * IDs are compared as BigInt because Number loses digits above 2^53.
 */
export function normalizeId(raw: string): string | null {
  const text = raw.trim();
  if (!/^[0-9]{1,25}$/.test(text)) return null;
  const value = BigInt(text);
  if (value < 1n || value > INT64_MAX) return null;
  return value.toString();
}

/** Orders canonical decimal ID strings numerically without losing precision. */
export function compareIds(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}

const idString = z.string({
  error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string of decimal digits'),
});

/** The one int64 ID schema, used by every request, query and setting: a decimal string, normalised. */
export const int64Id = z.pipe(
  idString,
  z.transform((raw: string, ctx) => {
    const id = normalizeId(raw);
    if (id === null) {
      ctx.issues.push({ code: 'custom', message: ID_RANGE_MESSAGE, input: raw, params: { rule: 'id_range' } });
      return z.NEVER;
    }
    return id;
  }),
);

/** An AppId: an int64 as well, and at most 20 characters as sent, so nothing huge reaches the audit trail. */
export const appIdSchema = z.pipe(idString.check(z.maxLength(20, 'is at most 20 characters')), int64Id);

/** An optional ID filter in a query string, where an empty value means "any". */
export const optionalInt64Id = z.pipe(
  z.optional(z.string()),
  z.transform((raw: string | undefined, ctx) => {
    if (raw === undefined || raw.trim() === '') return undefined;
    const id = normalizeId(raw);
    if (id === null) {
      ctx.issues.push({ code: 'custom', message: ID_RANGE_MESSAGE, input: raw, params: { rule: 'id_range' } });
      return z.NEVER;
    }
    return id;
  }),
);
