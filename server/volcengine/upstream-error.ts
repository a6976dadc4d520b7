import { AppError } from '../http/app-error';

/** A failed upstream call, carrying what Volcengine said so the operator can quote it to support. */
export class UpstreamError extends AppError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly upstream: { code: string; message: string; requestId: string | null },
    /** Volcengine's own HTTP status; 0 when no answer came. */
    readonly upstreamStatus: number,
  ) {
    super(status, code, message, { upstream });
    this.name = 'UpstreamError';
  }

  /** Throttling and a temporarily unavailable service are worth one more try. */
  get retryable(): boolean {
    return this.status === 429 || this.status === 503;
  }
}

/** Chooses our status from the gateway's code first, then its HTTP status. */
export function classifyUpstreamFailure(httpStatus: number, code: string): { status: number; code: string } {
  if (/FlowLimitExceeded/.test(code) || httpStatus === 429) return { status: 429, code: 'upstream_throttled' };
  if (code === 'ServiceUnavailableTemp' || httpStatus === 503) return { status: 503, code: 'upstream_unavailable' };
  if (code === 'InternalServiceTimeout' || httpStatus === 504) return { status: 504, code: 'upstream_timeout' };
  // Signature, credential and permission failures are the console's configuration, not the operator's input.
  return { status: 502, code: 'upstream_error' };
}
