import type { UpstreamErrorInfo } from '../../contract/errors';
import { AppError } from '../http/app-error';

/** Codes of our own for answers that never were a proper Volcengine answer. */
export type BadAnswerCode = 'MalformedResponse' | 'MissingResult' | 'UnexpectedResult' | 'ResponseTooLarge';

/**
 * A failed upstream call, carrying what Volcengine said so the operator can quote it to support.
 * Built only through the static factories, so every kind of failure maps to our status and code in one place.
 */
export class UpstreamError extends AppError {
  private constructor(
    status: number,
    code:
      | 'upstream_throttled'
      | 'upstream_unavailable'
      | 'upstream_timeout'
      | 'upstream_error'
      | 'upstream_bad_response'
      | 'upstream_unreachable',
    message: string,
    readonly upstream: UpstreamErrorInfo,
    /** Volcengine's own HTTP status; 0 when no answer came. */
    readonly upstreamStatus: number,
  ) {
    super(status, code, message, { upstream });
    this.name = 'UpstreamError';
  }

  /** The gateway answered with an error: our status comes from its code first, then its HTTP status. */
  static rejected(httpStatus: number, upstream: UpstreamErrorInfo): UpstreamError {
    const message = `Volcengine answered ${upstream.code}: ${upstream.message}`;
    const { code } = upstream;
    if (/FlowLimitExceeded/.test(code) || httpStatus === 429)
      return new UpstreamError(429, 'upstream_throttled', message, upstream, httpStatus);
    if (code === 'ServiceUnavailableTemp' || httpStatus === 503)
      return new UpstreamError(503, 'upstream_unavailable', message, upstream, httpStatus);
    if (code === 'InternalServiceTimeout' || httpStatus === 504)
      return new UpstreamError(504, 'upstream_timeout', message, upstream, httpStatus);
    // Signature, credential and permission failures are the console's configuration, not the operator's input.
    return new UpstreamError(502, 'upstream_error', message, upstream, httpStatus);
  }

  static timeout(ms: number): UpstreamError {
    return new UpstreamError(
      504,
      'upstream_timeout',
      `Volcengine did not answer within ${ms} ms`,
      { code: 'Timeout', message: `no answer within ${ms} ms`, requestId: null },
      0,
    );
  }

  /** We decided not to call: the circuit breaker is open, or a shared dependency of the call is down. */
  static unavailable(code: string, message: string): UpstreamError {
    return new UpstreamError(503, 'upstream_unavailable', message, { code, message, requestId: null }, 0);
  }

  static unreachable(reason: string): UpstreamError {
    return new UpstreamError(
      502,
      'upstream_unreachable',
      'Volcengine could not be reached',
      { code: 'Unreachable', message: reason, requestId: null },
      0,
    );
  }

  /** An answer that can't be trusted: not JSON, no Result, a Result of the wrong shape, or too large. */
  static badAnswer(code: BadAnswerCode, message: string, requestId: string | null, httpStatus: number): UpstreamError {
    return new UpstreamError(
      502,
      'upstream_bad_response',
      `Volcengine sent an answer this console cannot use: ${message}`,
      { code, message, requestId },
      httpStatus,
    );
  }
}
