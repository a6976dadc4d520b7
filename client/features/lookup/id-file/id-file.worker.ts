/// <reference lib="webworker" />
import { type IdFile, idsOfColumn, readIdFile } from './read-id-file';

export type IdFileRequest = { type: 'read'; file: File } | { type: 'column'; column: number };
export type IdFileResponse = { type: 'file'; file: IdFile } | { type: 'error'; message: string };

// The last file's rows stay here, so picking another column doesn't send them across again.
let last: { file: IdFile; rows: string[][] } | null = null;

self.onmessage = async (event: MessageEvent<IdFileRequest>) => {
  const reply = (response: IdFileResponse) => self.postMessage(response);
  try {
    if (event.data.type === 'read') {
      last = readIdFile(event.data.file.name, await event.data.file.text());
      return reply({ type: 'file', file: last.file });
    }
    if (last?.file.kind !== 'table') return reply({ type: 'error', message: 'no table to pick a column from' });
    const { column } = event.data;
    last = {
      rows: last.rows,
      file: { ...last.file, column, ids: idsOfColumn(last.rows, column, last.file.guess.hasHeader) },
    };
    reply({ type: 'file', file: last.file });
  } catch (err) {
    reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
