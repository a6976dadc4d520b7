/** "ok" is the only success; "partial", "denied" and every error code read as failures. */
export function isOkOutcome(outcome: string): boolean {
  // "started" is a streamed job's first record; its outcome follows in a record of its own.
  return outcome === 'ok' || outcome === 'started';
}
