import { z } from 'zod';
import { ID_RANGE_MESSAGE, normalizeId } from './int64';

/** A decimal-string int64 ID, normalised (leading zeros dropped). */
export const int64Id = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string of decimal digits') })
  .transform((raw, ctx) => {
    const id = normalizeId(raw);
    if (id === null) {
      ctx.addIssue({ code: 'custom', message: ID_RANGE_MESSAGE });
      return z.NEVER;
    }
    return id;
  });
