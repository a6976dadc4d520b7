import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { AuditRecord } from '../../contract/audit';

const COLUMNS = [
  'time',
  'event',
  'operator',
  'ip',
  'app_id',
  'conversation_id',
  'user_ids',
  'found',
  'not_members',
  'outcome',
  'request_ids',
  'duration_ms',
  'reason',
  'details',
];

// A cell starting with = + - @ runs as a formula in spreadsheets; free text gets a leading quote.
const neutralise = (text: string | null) => (text && /^[=+\-@\t\r]/.test(text) ? `'${text}` : (text ?? ''));

// Every cell, not just the free-text ones: any column may one day hold text an attacker chose.
const toRow = (r: AuditRecord) =>
  [
    r.at,
    r.event,
    r.operator,
    r.ip,
    r.appId,
    r.conversationId,
    r.userIds.join(' '),
    r.found?.toString() ?? null,
    r.notMembers?.toString() ?? null,
    r.outcome,
    r.requestIds.join(' '),
    r.durationMs?.toString() ?? null,
    r.reason,
    r.details ? JSON.stringify(r.details) : null,
  ].map(neutralise);

/**
 * Streams audit records as CSV into `out`, a page at a time, waiting for the client to keep up and
 * stopping if it goes away. IDs are written as the exact strings they are stored as.
 */
export async function writeAuditCsv(pages: Iterable<AuditRecord[]>, out: Writable): Promise<void> {
  const csv = stringify({ header: true, columns: COLUMNS });
  csv.pipe(out);
  let closed = false;
  const gone = new Promise<void>((resolve) =>
    out.once('close', () => {
      closed = true;
      resolve();
    }),
  );
  for (const page of pages) {
    if (closed) break;
    for (const record of page) csv.write(toRow(record));
    // Backpressure: a slow client holds the next page back; a vanished one ends the export.
    if (csv.writableNeedDrain) await Promise.race([once(csv, 'drain'), gone]);
  }
  csv.end();
}
