import { HttpError } from './api-client';

export interface ErrorDescription {
  /** The upstream code when Volcengine failed, else our own code. */
  title: string;
  message: string;
  /** Secondary facts: our code and HTTP status when the title is the upstream code, the upstream message. */
  details: string[];
  requestId: string | null;
  field: string | null;
}

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof HttpError) {
    const api = error.apiError;
    if (!api) {
      return { title: `HTTP ${error.status}`, message: error.message, details: [], requestId: null, field: null };
    }
    const upstream = api.upstream;
    const details: string[] = [];
    if (upstream) {
      details.push(`${api.code} · HTTP ${error.status}`);
      // The server's message usually quotes Volcengine's already; only add it when it doesn't.
      if (upstream.message && !api.message.includes(upstream.message))
        details.push(`Volcengine says: ${upstream.message}`);
    }
    return {
      title: upstream?.code ?? api.code,
      message: api.message,
      details,
      requestId: upstream?.requestId ?? null,
      field: api.field ?? null,
    };
  }
  // fetch rejects with a TypeError when the server cannot be reached at all.
  const message = error instanceof Error ? error.message : String(error);
  return {
    title: 'network_error',
    message: `Could not reach the console server (${message})`,
    details: [],
    requestId: null,
    field: null,
  };
}
