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

const toRow = (r: AuditRecord) => [
  r.at,
  r.event,
  neutralise(r.operator),
  r.ip ?? '',
  r.appId ?? '',
  r.conversationId ?? '',
  r.userIds.join(' '),
  r.found ?? '',
  r.notMembers ?? '',
  r.outcome,
  r.requestIds.join(' '),
  r.durationMs ?? '',
  neutralise(r.reason),
  r.details ? neutralise(JSON.stringify(r.details)) : '',
];

/** A CSV stream of audit records; IDs are written as the exact strings they are stored as. */
export function auditCsv(records: Iterable<AuditRecord>) {
  const csv = stringify({ header: true, columns: COLUMNS });
  (async () => {
    for (const record of records) {
      if (!csv.write(toRow(record))) await new Promise((resolve) => csv.once('drain', resolve));
    }
    csv.end();
  })().catch((err: Error) => csv.destroy(err));
  return csv;
}
