import type { ApiError } from '../../contract/errors';
import { isApiErrorBody } from './api-error-body';

/** Every non-2xx response becomes one of these, so callers handle a single error type. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }

  /** The server's `{ error: {...} }` payload, when the body has that shape. */
  get apiError(): ApiError | null {
    return isApiErrorBody(this.body) ? this.body.error : null;
  }
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof HttpError && error.status === 401;
}

let unauthenticatedHandler: (() => void) | null = null;

/**
 * Registers what happens when the server says the session is gone (401): the auth feature sends the operator to
 * sign-in. One handler at a time; returns a function that unregisters it.
 */
export function setUnauthenticatedHandler(handler: () => void): () => void {
  unauthenticatedHandler = handler;
  return () => {
    if (unauthenticatedHandler === handler) unauthenticatedHandler = null;
  };
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** A 401 is an ordinary answer here (signing in, probing the session), not an expired session. */
  expectUnauthenticated?: boolean;
}

/**
 * Fetches JSON from our own API. IDs arrive as decimal strings, so plain JSON parsing is lossless here;
 * never change the server to send them as numbers.
 */
export async function apiRequest<T>(
  path: string,
  { method = 'GET', body, signal, expectUnauthenticated = false }: RequestOptions = {},
): Promise<T> {
  const response = await fetch(path, {
    method,
    signal,
    headers:
      body === undefined
        ? { Accept: 'application/json' }
        : { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await readBody(response);
  if (!response.ok) throw failure(response, payload, expectUnauthenticated);
  return payload as T;
}

/** The HttpError for a non-2xx answer; a 401 also tells the auth feature the session is gone. */
function failure(response: Response, payload: unknown, expectUnauthenticated = false): HttpError {
  const message = isApiErrorBody(payload)
    ? payload.error.message
    : `Request failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const error = new HttpError(message, response.status, payload);
  if (error.status === 401 && !expectUnauthenticated) unauthenticatedHandler?.();
  return error;
}

/**
 * POSTs to our API asking for an NDJSON stream and hands each parsed line to `onLines`, a chunk's worth at a time.
 * A refusal before the stream starts (4xx/5xx) throws the same HttpError as apiRequest. IDs in our streams are
 * decimal strings, so JSON.parse is lossless here too.
 */
export async function apiStream<T>(
  path: string,
  { body, signal, onLines }: { body: unknown; signal?: AbortSignal; onLines: (lines: T[]) => void },
): Promise<void> {
  const response = await fetch(path, {
    method: 'POST',
    signal,
    headers: { Accept: 'application/x-ndjson', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok || !response.body) throw failure(response, await readBody(response));
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    const cut = buffer.lastIndexOf('\n');
    if (cut < 0) continue;
    const lines = buffer.slice(0, cut).split('\n');
    buffer = buffer.slice(cut + 1);
    onLines(lines.filter(Boolean).map((line) => JSON.parse(line) as T));
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    // A proxy or crashed server may answer with HTML; keep the text so the error still says something.
    if (response.ok) throw new HttpError('The server sent a response that is not JSON', response.status, text);
    return text;
  }
}
