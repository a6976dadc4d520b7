import type { TFunction } from 'i18next';
import type { ParticipantRow } from '../build-rows';
import { memberSheet } from './member-sheet';

/** Writes the rows as an .xlsx and hands it to the browser. The writer loads on first use, off the first paint. */
export async function downloadMemberSheet(rows: readonly ParticipantRow[], t: TFunction<'lookup'>, fileName: string) {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  const { data, options } = memberSheet(rows, t);
  await writeExcelFile(data, options).toFile(fileName);
}
