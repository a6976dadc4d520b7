import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { AuditRecord } from '../../contract/audit';
import { visibleJson, visibleText } from '../../contract/visible-text';

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
const neutralise = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

// Invisible characters (bidi overrides, controls) show as \uXXXX escapes, as on the audit page; the stored value
// is unchanged. Escaping first means a leading tab or CR is already harmless text when neutralise looks.
const cell = (text: string | null) => neutralise(visibleText(text ?? ''));

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
  ]
    .map(cell)
    // JSON keeps its own escapes: a backslash in it is already one, so only invisible characters are escaped.
    .concat(r.details ? neutralise(visibleJson(r.details)) : '');

/**
 * Streams audit records as CSV into `out`, a page at a time, waiting for the client to keep up and
 * stopping if it goes away. IDs are written as the exact strings they are stored as.
 */
export async function writeAuditCsv(pages: AsyncIterable<AuditRecord[]>, out: Writable): Promise<void> {
  const csv = stringify({ header: true, columns: COLUMNS });
  csv.pipe(out);
  let closed = false;
  const gone = new Promise<void>((resolve) =>
    out.once('close', () => {
      closed = true;
      resolve();
    }),
  );
  for await (const page of pages) {
    if (closed) break;
    for (const record of page) csv.write(toRow(record));
    // Backpressure: a slow client holds the next page back; a vanished one ends the export.
    if (csv.writableNeedDrain) await Promise.race([once(csv, 'drain'), gone]);
  }
  csv.end();
}
