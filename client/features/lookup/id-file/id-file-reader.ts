import { createIdFileSession, type IdFileRequest, type IdFileResponse } from './id-file-session';
import type { IdFile } from './read-id-file';

export interface IdFileReader {
  read(file: File): Promise<IdFile>;
  pickColumn(column: number): Promise<IdFile>;
  dispose(): void;
}

/** What a superseded request resolves to: the caller has moved on and ignores it. */
export class SupersededRead extends Error {}

/**
 * Reads ID files in a Web Worker, so parsing 50,000 lines never blocks the page. Only the latest request is
 * answered; an older one rejects with SupersededRead. Where there are no workers (jsdom in component tests), the
 * same code runs inline.
 */
export function createIdFileReader(): IdFileReader {
  let worker: Worker | null = null;
  let inline: ReturnType<typeof createIdFileSession> | null = null;
  let seq = 0;
  let waiting: { seq: number; resolve: (file: IdFile) => void; reject: (error: Error) => void } | null = null;

  const settle = (response: IdFileResponse) => {
    if (!waiting || response.seq !== waiting.seq) return;
    const { resolve, reject } = waiting;
    waiting = null;
    if (response.type === 'file') resolve(response.file);
    else reject(new Error(response.message));
  };

  const start = (): Worker => {
    if (worker) return worker;
    worker = new Worker(new URL('./id-file.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<IdFileResponse>) => settle(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      if (waiting) settle({ seq: waiting.seq, type: 'error', message: event.message || 'the file reader stopped' });
    };
    return worker;
  };

  const ask = (request: IdFileRequest) =>
    new Promise<IdFile>((resolve, reject) => {
      waiting?.reject(new SupersededRead());
      waiting = { seq: request.seq, resolve, reject };
      if (typeof Worker === 'undefined') {
        inline ??= createIdFileSession();
        void inline(request).then(settle);
      } else start().postMessage(request);
    });

  return {
    read: (file) => ask({ seq: ++seq, type: 'read', file }),
    pickColumn: (column) => ask({ seq: ++seq, type: 'column', column }),
    dispose: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
