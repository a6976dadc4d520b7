import type { LookupEvent, LookupProgress, Participant } from '../../contract/lookup';
import type { UpstreamError } from '../volcengine/upstream-error';
import { failureOf } from './job-context';

/**
 * A job's running tally, and the one place that emits its events: every row, every unchecked batch and every
 * progress line go through here, so counts and events can't drift apart.
 */
export class JobProgress {
  callsDone = 0;
  callsTotal: number | null;
  found = 0;
  notMembers = 0;
  unchecked = 0;
  readonly requestIds: string[] = [];
  /** The first upstream failure, as an error the API can answer with when nothing at all could be checked. */
  firstFailure: UpstreamError | null = null;

  constructor(
    private readonly emit: (event: LookupEvent) => void,
    callsTotal: number | null,
    /** Milliseconds the remaining calls take at the limiter's pace. */
    private readonly paceMs: (calls: number) => number,
  ) {
    this.callsTotal = callsTotal;
  }

  /** One upstream call finished (answered or failed for good). */
  call(requestId: string | null): void {
    this.callsDone += 1;
    if (requestId) this.requestIds.push(requestId);
  }

  rows(participants: Participant[], notMembers: string[], position?: number): void {
    this.found += participants.length;
    this.notMembers += notMembers.length;
    this.emit({ type: 'rows', participants, notMembers, ...(position === undefined ? {} : { position }) });
  }

  /** A call failed for good; its user IDs (none for a browse page) are not checked, never "not members". */
  failed(err: UpstreamError, userIds: string[] = []): void {
    this.firstFailure ??= err;
    if (userIds.length === 0) return;
    this.unchecked += userIds.length;
    this.emit({ type: 'unchecked', batch: { userIds, error: failureOf(err) } });
  }

  report(): void {
    const progress: LookupProgress = {
      type: 'progress',
      callsDone: this.callsDone,
      callsTotal: this.callsTotal,
      found: this.found,
      notMembers: this.notMembers,
      unchecked: this.unchecked,
      etaMs: this.callsTotal === null ? null : this.paceMs(Math.max(0, this.callsTotal - this.callsDone)),
    };
    this.emit(progress);
  }
}
