import type { ErrorCode } from '../../../../contract/error-codes';
import type { ApiErrorBody } from '../../../../contract/errors';
import { HttpError } from '../../../lib/api-client';
import type { LookupJobState, UncheckedError } from '../lookup-job-state';

/** Our error code for an upstream failure, from the status the server gave it (see server/volcengine/upstream-error). */
function codeOf(status: number): ErrorCode {
  if (status === 429) return 'upstream_throttled';
  if (status === 503) return 'upstream_unavailable';
  if (status === 504) return 'upstream_timeout';
  return 'upstream_error';
}

/** An upstream failure reported inside a stream, as the HttpError the one-shot API would have answered with. */
export function upstreamHttpError(error: UncheckedError): HttpError {
  const status = error.status || 502;
  const body: ApiErrorBody = {
    error: {
      code: codeOf(status),
      message: `Volcengine answered ${error.code}: ${error.message}`,
      upstream: { code: error.code, message: error.message, requestId: error.requestId },
    },
  };
  return new HttpError(body.error.message, status, body);
}

/** The console failed after the stream had started: its last event says what, as an error like any other. */
export function streamEndError(error: { code: string; message: string }): HttpError {
  const status = error.code === 'service_unavailable' ? 503 : 500;
  return new HttpError(error.message, status, { error });
}

/**
 * A job that could check nothing at all failed as a whole: it reads as the error that stopped it (with its codes
 * and RequestId), not as a grid of "not checked" rows.
 */
export function wholeJobFailure(state: LookupJobState): HttpError | null {
  if (state.outcome !== 'failed') return null;
  if (state.mode === 'browse') return state.browseError ? upstreamHttpError(state.browseError) : null;
  if (state.members.size > 0 || state.notMembers.size > 0) return null;
  const first = state.unchecked.values().next();
  return first.done ? null : upstreamHttpError(first.value);
}
