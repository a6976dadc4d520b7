import { type IdFile, type IdTable, idsOfColumn, readIdFile } from './read-id-file';

/** `seq` pairs each answer with its question: a reply to a file the operator has since replaced is dropped. */
export type IdFileRequest = { seq: number } & ({ type: 'read'; file: File } | { type: 'column'; column: number });
export type IdFileResponse = { seq: number } & ({ type: 'file'; file: IdFile } | { type: 'error'; message: string });

/**
 * Answers read and pick-column requests. The last file's rows stay here, so picking another column doesn't send
 * them across again. The worker runs one; without workers (jsdom) the reader runs one inline.
 */
export function createIdFileSession() {
  let last: { file: IdFile; table: IdTable } | null = null;
  return async (request: IdFileRequest): Promise<IdFileResponse> => {
    const { seq } = request;
    try {
      if (request.type === 'read') {
        last = readIdFile(request.file.name, await request.file.text());
        return { seq, type: 'file', file: last.file };
      }
      if (last?.file.kind !== 'table') return { seq, type: 'error', message: 'no table to pick a column from' };
      const { table, file } = last;
      last = {
        table,
        file: { ...file, column: request.column, ...idsOfColumn(table, request.column, file.guess.hasHeader) },
      };
      return { seq, type: 'file', file: last.file };
    } catch (err) {
      return { seq, type: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  };
}
