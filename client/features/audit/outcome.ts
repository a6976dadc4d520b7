/** "ok" is the only success; "partial", "denied" and every error code read as failures. */
export function isOkOutcome(outcome: string): boolean {
  return outcome === 'ok';
}
