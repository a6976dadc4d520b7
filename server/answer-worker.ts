import { parentPort } from 'node:worker_threads';
import { conversationAnswerReader } from './participants/conversation-answer-reader';
import { participantsAnswerReader } from './participants/participants-answer-reader';
import { scanAnswerReader } from './participants/scan-answer-reader';
import { type AnswerReader, interpretAnswer } from './volcengine/answer';
import type { WorkerJob } from './volcengine/answer-worker-pool';

/**
 * Worker thread entry: interprets big upstream answers off the main thread. Every feature's reader is listed
 * here, so the worker can find it by name.
 */
const readers = new Map<string, AnswerReader<never, unknown>>(
  [participantsAnswerReader, conversationAnswerReader, scanAnswerReader].map((r) => [r.name, r]),
);

parentPort?.on('message', ({ id, reader, context, bytes, httpStatus, statusText }: WorkerJob & { id: number }) => {
  const found = readers.get(reader);
  const outcome = found
    ? interpretAnswer(bytes, httpStatus, statusText, found, context as never)
    : { kind: 'bad', httpStatus, code: 'UnexpectedResult', message: `no reader named ${reader}`, requestId: null };
  parentPort?.postMessage({ id, outcome });
});
