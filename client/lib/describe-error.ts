import { ERROR_RULES, type ErrorCode, type ErrorRule } from '../../contract/error-codes';
import { HttpError } from './api-client';

/** Our error codes, plus the two failures that never reached our error handler. */
export type ErrorKind = ErrorCode | 'network_error' | 'http_error';

/** What an alert says about a failure, as data: the texts come from the `errors` catalogue (see error-text.ts). */
export interface ErrorDescription {
  kind: ErrorKind;
  /** For invalid_request and conflict: which rule the input broke, and its bound (characters, items or bytes). */
  rule: ErrorRule | null;
  limit: number | null;
  /** The request field at fault, e.g. `conversationId` or `userIds.3`. */
  field: string | null;
  /** Which one line of advice fits: failures that waiting and retrying cure. */
  adviceKind: 'throttled' | 'timeout' | 'unavailable' | null;
  /** Seconds the server asked us to wait. */
  retryAfter: number | null;
  /** The raw codes, for support: ours, Volcengine's, the HTTP status. Shown in small type, never translated. */
  codes: string[];
  upstreamCode: string | null;
  requestId: string | null;
  /** The server's and Volcengine's own English messages, kept for support under "Technical details". */
  serverMessage: string | null;
  upstreamMessage: string | null;
  /** Asking again may work: network trouble, a 5xx, throttling. A 4xx will only fail the same way. */
  retryable: boolean;
}

const ADVICE: Partial<Record<ErrorKind, ErrorDescription['adviceKind']>> = {
  upstream_throttled: 'throttled',
  upstream_timeout: 'timeout',
  upstream_unavailable: 'unavailable',
};

const isRule = (value: unknown): value is ErrorRule => ERROR_RULES.some((rule) => rule === value);

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof HttpError) {
    const api = error.apiError;
    if (!api) {
      return {
        ...blank('http_error', error.status >= 500),
        codes: [`HTTP ${error.status}`],
        serverMessage: error.message,
      };
    }
    const upstream = api.upstream;
    const codes = [api.code, ...(upstream ? [upstream.code] : []), `HTTP ${error.status}`];
    return {
      kind: api.code,
      rule: isRule(api.params?.rule) ? api.params.rule : null,
      limit: api.params?.limit ?? null,
      field: api.field ?? null,
      adviceKind: ADVICE[api.code] ?? null,
      retryAfter: api.retryAfter ?? null,
      codes,
      upstreamCode: upstream?.code ?? null,
      requestId: upstream?.requestId ?? null,
      serverMessage: api.message,
      // The server's message usually quotes Volcengine's already; only keep it when it doesn't.
      upstreamMessage: upstream?.message && !api.message.includes(upstream.message) ? upstream.message : null,
      retryable: error.status >= 500 || api.code === 'upstream_throttled',
    };
  }
  // fetch rejects with a TypeError when the server cannot be reached at all.
  const message = error instanceof Error ? error.message : String(error);
  return { ...blank('network_error', true), codes: ['network_error'], serverMessage: message };
}

function blank(kind: ErrorKind, retryable: boolean): ErrorDescription {
  return {
    kind,
    rule: null,
    limit: null,
    field: null,
    adviceKind: null,
    retryAfter: null,
    codes: [],
    upstreamCode: null,
    requestId: null,
    serverMessage: null,
    upstreamMessage: null,
    retryable,
  };
}
