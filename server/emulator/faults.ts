import { z } from 'zod';

/** Faults a test can queue; each one fails the next `count` API calls, in order. */
const faultKinds = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('gateway-error'),
    status: z.number().int().min(400).max(599).default(500),
    code: z.string().default('InternalError'),
    count: z.number().int().min(1).default(1),
  }),
  z.object({
    kind: z.literal('error-200'),
    code: z.string().default('InternalError'),
    count: z.number().int().min(1).default(1),
  }),
  z.object({ kind: z.literal('timeout'), count: z.number().int().min(1).default(1) }),
  z.object({ kind: z.literal('malformed'), count: z.number().int().min(1).default(1) }),
  // A well-formed envelope around a Result of the test's choosing: raw JSON text, so IDs can be bare numerals.
  z.object({ kind: z.literal('result'), result: z.string(), count: z.number().int().min(1).default(1) }),
  // An answer of `bytes` bytes, made of plausible participants, streamed without holding it in memory.
  z.object({
    kind: z.literal('huge'),
    bytes: z
      .number()
      .int()
      .min(1)
      .max(2 ** 33),
    /** Whether to announce the size in Content-Length up front, or stream it chunked. */
    declareLength: z.boolean().default(false),
    count: z.number().int().min(1).default(1),
  }),
]);
/** A fault hits the next calls of `action` only, when given, and of any action otherwise. */
export const faultSchema = z.intersection(faultKinds, z.object({ action: z.string().optional() }));
export type Fault = z.infer<typeof faultSchema>;
export type FaultInput = z.input<typeof faultSchema>;

export class FaultQueue {
  private queue: Fault[] = [];

  add(input: FaultInput): void {
    this.queue.push(faultSchema.parse(input));
  }

  clear(): void {
    this.queue = [];
  }

  /** The fault for this call of `action`, if any: the first queued one that applies. */
  take(action: string): Fault | undefined {
    const index = this.queue.findIndex((f) => f.action === undefined || f.action === action);
    const fault = this.queue[index];
    if (!fault) return undefined;
    fault.count -= 1;
    if (fault.count <= 0) this.queue.splice(index, 1);
    return fault;
  }
}
