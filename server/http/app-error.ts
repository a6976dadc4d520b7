import type { UpstreamErrorInfo } from '../../contract/lookup';

/** The one error type the API answers with; the error handler turns it into `{ error: {...} }`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { field?: string; upstream?: UpstreamErrorInfo; retryAfter?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}
