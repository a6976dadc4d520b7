export type OutcomeTone = 'ok' | 'unfinished' | 'failed';

/**
 * "ok" is the only success; "partial", "denied" and every error code read as failures. "started" is a streamed
 * job's first record; the listing shows it only while no final record answers it (still running, or the server
 * died mid-job), so it reads as unfinished.
 */
export function outcomeTone(outcome: string): OutcomeTone {
  if (outcome === 'ok') return 'ok';
  return outcome === 'started' ? 'unfinished' : 'failed';
}
