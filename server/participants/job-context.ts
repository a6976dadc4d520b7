import type { VolcClient } from '../volcengine/client';
import { LimiterAbortError } from '../volcengine/limiter/fair-limiter';
import { UpstreamError } from '../volcengine/upstream-error';

/** What every part of one lookup job shares. */
export interface JobContext {
  volc: VolcClient;
  appId: string;
  conversationId: string;
  /** Cancels the job: nothing more is sent once it aborts. */
  signal: AbortSignal;
  /** The operator's key for the limiter's round robin. */
  key: string;
}

/** A failure that ends a call for good, as the events carry it. */
export const failureOf = (err: UpstreamError) => ({ ...err.upstream, status: err.status });

/**
 * Sorts a failed call's error: an upstream failure to report, or the job's own cancellation (a call never sent
 * or dropped midway), which is not the gateway's fault. Anything else is a bug and propagates.
 */
export function classifyFailure(err: unknown, signal: AbortSignal): UpstreamError | 'cancelled' {
  if (signal.aborted || err instanceof LimiterAbortError) return 'cancelled';
  if (err instanceof UpstreamError) return err;
  throw err;
}
