import { type ApiError, type ApiErrorBody, apiErrorBodySchema } from '../../contract/errors';

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

export const isApiErrorBody = (body: unknown): body is ApiErrorBody => apiErrorBodySchema.safeParse(body).success;

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
  if (!response.ok) {
    const message = isApiErrorBody(payload)
      ? payload.error.message
      : `Request failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const error = new HttpError(message, response.status, payload);
    if (error.status === 401 && !expectUnauthenticated) unauthenticatedHandler?.();
    throw error;
  }
  return payload as T;
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
