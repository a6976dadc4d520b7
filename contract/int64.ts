// Zod-free on purpose: the client imports these, and zod would add ~23 kB to its first load.

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
