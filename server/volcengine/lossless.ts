import { isLosslessNumber, LosslessNumber, parse, stringify } from 'lossless-json';
import { z } from 'zod';

/** Parses upstream JSON with every number kept as its exact digits (LosslessNumber). */
export const parseLossless = (text: string): unknown => parse(text);

/** Serialises a body whose LosslessNumber values go out as bare numerals, digit for digit. */
export const stringifyLossless = (value: unknown): string => stringify(value) ?? '';

export const numeral = (digits: string) => new LosslessNumber(digits);

const losslessNumber = z.custom<LosslessNumber>((value) => isLosslessNumber(value), 'must be a number');

/** An integer ID of any size, as its decimal string. */
export const losslessId = losslessNumber.transform((n, ctx) => {
  if (!/^-?[0-9]+$/.test(n.value)) {
    ctx.addIssue({ code: 'custom', message: 'must be an integer' });
    return z.NEVER;
  }
  return BigInt(n.value).toString();
});

/** A small integer (enum, level, Unix seconds): converted to number only when that is exact. */
export const losslessSafeInt = losslessNumber.transform((n, ctx) => {
  const value = Number(n.value);
  if (!Number.isSafeInteger(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be an integer within ±2^53' });
    return z.NEVER;
  }
  return value;
});
