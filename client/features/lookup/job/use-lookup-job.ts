import { useCallback, useEffect, useRef, useState } from 'react';
import type { LookupEvent, LookupProgress, LookupRequest } from '../../../../contract/lookup';
import { isUnauthenticated } from '../../../lib/api-client';
import { streamLookup } from '../api/stream-lookup';
import { clearPendingLookup, savePendingLookup } from '../lookup-draft';
import { applyEvents, cancelJob, type LookupJobState, startJob, uncheckedIds } from '../lookup-job-state';
import { streamEndError, wholeJobFailure } from './job-failure';
import { mergeRetryEvents } from './merge-retry';

/** Where the calls stood when the operator cancelled (or the page went away). */
export interface CancelledAt {
  callsDone: number;
  callsTotal: number | null;
}

export interface LookupJobView {
  /** The current job (running or ended), or null before the first one and after one whose answer was discarded. */
  job: LookupJobState | null;
  running: boolean;
  /** While "Retry N not checked" runs: its own progress, over the retried IDs. */
  retrying: boolean;
  retryProgress: LookupProgress | null;
  /** Refused before it started, dropped midway, or the console failed midway. */
  error: unknown;
  cancelledAt: CancelledAt | null;
  /** The last job that ended without an error: shown, marked stale, under a later job's error. */
  previous: LookupJobState | null;
  /** The request of the job the error belongs to, to run it again. */
  failedRequest: LookupRequest | null;
}

const IDLE: LookupJobView = {
  job: null,
  running: false,
  retrying: false,
  retryProgress: null,
  error: null,
  cancelledAt: null,
  previous: null,
  failedRequest: null,
};

// Batches land hundreds of times a second on a big job; the page re-renders a few times a second, not per batch,
// and less often as the rows grow (each render hands the grid every row), so a busy machine is never swamped.
const renderDelayMs = (job: LookupJobState | null) => {
  const rows = job?.progress ? job.progress.found + job.progress.notMembers : 0;
  return 250 + Math.min(750, rows / 40);
};

/**
 * Runs lookups as streamed jobs: one at a time, cancellable, with "Retry N not checked" merged into the result.
 * The job is folded into a ref as events arrive (the folds update large collections in place) and published to
 * React at most every RENDER_EVERY_MS.
 */
export function useLookupJob() {
  const [view, setView] = useState<LookupJobView>(IDLE);
  const current = useRef<LookupJobState | null>(null);
  const controller = useRef<AbortController | null>(null);

  // Leaving the page stops the job; the server stops calling upstream when the connection closes. The abort waits a
  // turn: React's StrictMode unmounts and mounts again at once, and that must not cancel a job just started.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      setTimeout(() => {
        if (!mounted.current) controller.current?.abort();
      }, 0);
    };
  }, []);

  const execute = useCallback(async (request: LookupRequest, fold: (events: LookupEvent[]) => void, retry: boolean) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let retryProgress: LookupProgress | null = null;
    let endError: { code: string; message: string } | null = null;
    const publish = () => {
      timer = null;
      if (controller.current !== abort) return;
      setView((v) => ({ ...v, job: current.current, retryProgress }));
    };
    /** The job is over, one way or another: show where it ended, plus what `patch` adds. */
    const settle = (patch: (v: LookupJobView) => Partial<LookupJobView> = () => ({})) =>
      setView((v) => ({
        ...v,
        job: current.current,
        running: false,
        retrying: false,
        retryProgress: null,
        ...patch(v),
      }));
    const onEvents = (events: LookupEvent[]) => {
      if (abort.signal.aborted) return;
      fold(events);
      for (const event of events) {
        if (event.type === 'progress' && retry) retryProgress = event;
        if (event.type === 'end' && event.error) endError = event.error;
      }
      timer ??= setTimeout(publish, renderDelayMs(current.current));
    };
    try {
      await streamLookup(request, { signal: abort.signal, onEvents });
      if (!retry) clearPendingLookup();
      if (controller.current !== abort) return;
      if (timer) clearTimeout(timer);
      const job = current.current;
      if (endError) return finishWithError(endError, request, job);
      // The stream ended without its `end` line: the connection dropped after the headers.
      if (job && job.outcome === null) current.current = cancelJob(job);
      settle((v) => ({
        previous: current.current && !wholeJobFailure(current.current) ? current.current : v.previous,
      }));
    } catch (error) {
      if (timer) clearTimeout(timer);
      if (controller.current !== abort) return;
      if (!retry && !isUnauthenticated(error)) clearPendingLookup();
      const job = current.current;
      if (abort.signal.aborted) {
        // Cancelled: what arrived stays, marked partial.
        current.current = job ? cancelJob(job) : null;
        const progress = job?.progress;
        settle(() => ({
          cancelledAt: { callsDone: progress?.callsDone ?? 0, callsTotal: progress?.callsTotal ?? null },
        }));
        return;
      }
      // Refused before the stream (no rows yet), or dropped midway (rows kept, marked partial).
      const started = job !== null && (job.progress !== null || job.conversation !== null);
      current.current = started && job ? cancelJob(job) : retry ? job : null;
      settle(() => ({ error, failedRequest: request }));
    }

    function finishWithError(
      error: { code: string; message: string },
      failed: LookupRequest,
      job: LookupJobState | null,
    ) {
      // An answer whose audit record could not be written must not be shown: the rows are dropped.
      const discard = error.code === 'service_unavailable';
      current.current = discard ? null : job;
      settle(() => ({ error: streamEndError(error), failedRequest: failed }));
    }
  }, []);

  const run = useCallback(
    (request: LookupRequest) => {
      savePendingLookup(request);
      current.current = startJob(request);
      setView((v) => ({
        ...IDLE,
        job: current.current,
        running: true,
        previous: v.previous,
      }));
      void execute(
        request,
        (events) => {
          if (current.current) current.current = applyEvents(current.current, events);
        },
        false,
      );
    },
    [execute],
  );

  /** Runs only the IDs not checked (same app and conversation) and merges the answers into the current result. */
  const retryUnchecked = useCallback(() => {
    const job = current.current;
    if (!job || job.outcome === null) return;
    const ids = uncheckedIds(job);
    if (ids.length === 0) return;
    setView((v) => ({ ...v, running: true, retrying: true, retryProgress: null, error: null, cancelledAt: null }));
    void execute(
      { ...job.request, userIds: ids },
      (events) => {
        if (current.current) current.current = mergeRetryEvents(current.current, events);
      },
      true,
    );
  }, [execute]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { ...view, run, cancel, retryUnchecked };
}
