import { parentPort } from 'node:worker_threads';
import { participantsAnswerReader } from './participants/participants-answer-reader';
import { type AnswerReader, interpretAnswer } from './volcengine/answer';
import type { WorkerJob } from './volcengine/answer-worker-pool';

/**
 * Worker thread entry: interprets big upstream answers off the main thread. Every feature's reader is listed
 * here, so the worker can find it by name.
 */
const readers = new Map<string, AnswerReader<unknown, unknown>>(
  [participantsAnswerReader as AnswerReader<never, unknown> as AnswerReader<unknown, unknown>].map((r) => [r.name, r]),
);

parentPort?.on('message', ({ id, reader, context, bytes, httpStatus, statusText }: WorkerJob & { id: number }) => {
  const found = readers.get(reader);
  const outcome = found
    ? interpretAnswer(bytes, httpStatus, statusText, found, context)
    : { kind: 'bad', httpStatus, code: 'UnexpectedResult', message: `no reader named ${reader}`, requestId: null };
  parentPort?.postMessage({ id, outcome });
});
