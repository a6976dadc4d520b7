const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
// Seconds matter in an audit trail: they order the events of one incident.
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

export function formatAuditDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

export function formatAuditTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

export function formatDuration(ms: number | null): string {
  if (ms === null) return '';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** "ok" is the only success; "denied" and every error code read as failures. */
export function isOkOutcome(outcome: string): boolean {
  return outcome === 'ok';
}
