/**
 * Where the process is in its life, for graceful restarts: lookups in flight register here, so a SIGTERM can
 * let them finish, and cancel (and so audit) the ones still running when the grace period ends.
 */
export function createLifecycle() {
  const jobs = new Set<AbortController>();
  let draining = false;
  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return jobs.size;
    },
    /** Registers a job; returns the function that unregisters it when it ends. */
    track(job: AbortController): () => void {
      jobs.add(job);
      return () => jobs.delete(job);
    },
    drain() {
      draining = true;
    },
    /** Cancels every job still running; each writes its audit record as cancelled. */
    cancelAll(reason: string) {
      for (const job of jobs) job.abort(new Error(reason));
    },
  };
}

export type Lifecycle = ReturnType<typeof createLifecycle>;
