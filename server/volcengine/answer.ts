import { z } from 'zod';
import { parseLossless } from './lossless';
import type { BadAnswerCode } from './upstream-error';

/**
 * What a feature makes of a successful answer's `Result`. It runs on the main thread for ordinary answers and in a
 * worker for big ones, so its context and value must survive structured cloning (plain data only).
 */
export interface AnswerReader<Context, Value> {
  /** How the worker finds this reader; unique. */
  name: string;
  read(result: unknown, context: Context): { ok: true; value: Value } | { ok: false; reason: string };
}

/** Everything an answer can amount to, as plain data. */
export type AnswerOutcome<Value> =
  | { kind: 'ok'; requestId: string; value: Value }
  | { kind: 'rejected'; httpStatus: number; code: string; message: string; requestId: string | null }
  | { kind: 'bad'; httpStatus: number; code: BadAnswerCode; message: string; requestId: string | null };

const envelopeSchema = z.object({
  ResponseMetadata: z
    .object({
      RequestId: z.string().optional(),
      Error: z.object({ Code: z.string().optional(), Message: z.string().optional() }).passthrough().optional(),
    })
    .passthrough(),
  Result: z.unknown().optional(),
});

/** Parses an answer losslessly and interprets it: the gateway's envelope first, then the reader's view of Result. */
export function interpretAnswer<C, V>(
  bytes: Uint8Array,
  httpStatus: number,
  statusText: string,
  reader: AnswerReader<C, V>,
  context: C,
): AnswerOutcome<V> {
  const ok = httpStatus >= 200 && httpStatus < 300;
  let envelope: z.infer<typeof envelopeSchema>;
  try {
    envelope = envelopeSchema.parse(
      parseLossless(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8')),
    );
  } catch {
    if (!ok)
      return {
        kind: 'rejected',
        httpStatus,
        code: `HTTP${httpStatus}`,
        message: 'the answer was not JSON',
        requestId: null,
      };
    return {
      kind: 'bad',
      httpStatus,
      code: 'MalformedResponse',
      message: 'the answer was not valid JSON',
      requestId: null,
    };
  }
  const requestId = envelope.ResponseMetadata.RequestId ?? null;
  const error = envelope.ResponseMetadata.Error;
  // An HTTP 200 can still carry an Error: success needs both.
  if (error || !ok) {
    return {
      kind: 'rejected',
      httpStatus,
      code: error?.Code ?? `HTTP${httpStatus}`,
      message: error?.Message ?? statusText,
      requestId,
    };
  }
  if (envelope.Result === undefined) {
    return { kind: 'bad', httpStatus, code: 'MissingResult', message: 'no Result in a successful answer', requestId };
  }
  const read = reader.read(envelope.Result, context);
  if (!read.ok) return { kind: 'bad', httpStatus, code: 'UnexpectedResult', message: read.reason, requestId };
  return { kind: 'ok', requestId: requestId ?? '', value: read.value };
}
