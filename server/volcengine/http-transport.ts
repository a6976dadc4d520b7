import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface TransportResponse {
  status: number;
  statusText: string;
  /** The answer's bytes, whole; never more than the caller's `maxBytes`. */
  body: Buffer;
}

export class TransportTimeout extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'TransportTimeout';
  }
}

export class TransportTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`the answer is larger than ${maxBytes} bytes`);
    this.name = 'TransportTooLarge';
  }
}

export interface PostOptions {
  timeoutMs: number;
  /** Reading stops, and the connection is dropped, once the answer passes this size. */
  maxBytes: number;
  /** Called once when the answer's status line and headers have arrived. */
  onHeaders?: () => void;
  /** Aborting drops the connection; the call fails with the signal's reason. */
  signal?: AbortSignal;
}

// Keep-alive sockets to the one upstream host; node:http costs measurably less per call than fetch.
const agents = {
  'http:': new HttpAgent({ keepAlive: true, maxSockets: 256 }),
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: 256 }),
};

/**
 * POSTs a body and reads the answer into one Buffer, failing with TransportTimeout past `timeoutMs` and with
 * TransportTooLarge past `maxBytes`. A gateway that sends gigabytes costs us `maxBytes` of memory at most.
 */
export function postBody(
  url: URL,
  headers: Record<string, string>,
  body: string,
  { timeoutMs, maxBytes, onHeaders, signal }: PostOptions,
): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, {
      method: 'POST',
      agent: agents[url.protocol as 'http:' | 'https:'],
      headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
    });
    const timer = setTimeout(() => req.destroy(new TransportTimeout(timeoutMs)), timeoutMs);
    const onAbort = () => req.destroy(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (err: Error) => {
      done();
      reject(err);
    };
    req.on('response', (res: IncomingMessage) => {
      onHeaders?.();
      const declared = Number(res.headers['content-length']);
      // Refuse before reading a byte when the gateway says up front that it will be too much.
      if (declared > maxBytes) return void req.destroy(new TransportTooLarge(maxBytes));
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) return void req.destroy(new TransportTooLarge(maxBytes));
        chunks.push(chunk);
      });
      res.on('end', () => {
        done();
        resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          body: Buffer.concat(chunks, size),
        });
      });
      res.on('error', fail);
    });
    req.on('error', fail);
    if (signal?.aborted) onAbort();
    req.end(body);
  });
}
