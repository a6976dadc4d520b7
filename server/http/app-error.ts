import type { ErrorCode } from '../../contract/error-codes';
import type { ApiError, ErrorParams } from '../../contract/errors';

/** The one error type the API answers with; the error handler turns it into `{ error: {...} }`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: Pick<ApiError, 'field' | 'upstream' | 'retryAfter'> & { params?: ErrorParams } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}
