import { useCallback, useEffect, useRef, useState } from 'react';
import type { ParsedUserIds } from '../parse-user-ids';
import { createIdFileReader, type IdFileReader, SupersededRead } from './id-file-reader';
import type { IdFile } from './read-id-file';

/** Larger files are refused before reading: 50,000 IDs with a few columns beside them fit well within this. */
export const MAX_ID_FILE_MB = 25;
const ACCEPTED = /\.(txt|csv)$/i;

export type IdFileProblem = { key: 'readFailed' } | { key: 'wrongType' } | { key: 'tooBig'; max: number };

/** `pasted`: the text came from the clipboard, so there is no file name to show. */
export type IdFileState = { name: string; pasted: boolean } & (
  | { status: 'reading' }
  | { status: 'ready'; file: IdFile }
  | { status: 'error'; problem: IdFileProblem }
);

export interface IdFileControl {
  state: IdFileState | null;
  load(file: File, options?: { pasted?: boolean }): void;
  pickColumn(column: number): void;
  clear(): void;
}

const NO_IDS: ParsedUserIds = { ids: [], invalid: [], duplicates: 0 };

/** The IDs the form sends: none while a file is being read or has failed, the text's when there is no file. */
export function fileIds(state: IdFileState | null): ParsedUserIds | null {
  if (!state) return null;
  return state.status === 'ready' ? state.file.ids : NO_IDS;
}

/** The IDs of a dropped, chosen or large pasted file, read off the main thread. */
export function useIdFile(): IdFileControl {
  const [state, setState] = useState<IdFileState | null>(null);
  const reader = useRef<IdFileReader | null>(null);
  // Each load or clear starts a new generation; an answer for an older one is dropped.
  const generation = useRef(0);

  useEffect(
    () => () => {
      reader.current?.dispose();
    },
    [],
  );

  const run = useCallback((label: { name: string; pasted: boolean }, ask: (r: IdFileReader) => Promise<IdFile>) => {
    const mine = ++generation.current;
    reader.current ??= createIdFileReader();
    ask(reader.current).then(
      (file) => {
        if (mine === generation.current) setState({ ...label, status: 'ready', file });
      },
      (error: unknown) => {
        if (error instanceof SupersededRead || mine !== generation.current) return;
        setState({ ...label, status: 'error', problem: { key: 'readFailed' } });
      },
    );
  }, []);

  const load = useCallback(
    (file: File, { pasted = false } = {}) => {
      const label = { name: file.name, pasted };
      generation.current += 1;
      if (!pasted && !ACCEPTED.test(file.name))
        return setState({ ...label, status: 'error', problem: { key: 'wrongType' } });
      if (file.size > MAX_ID_FILE_MB * 1024 * 1024)
        return setState({ ...label, status: 'error', problem: { key: 'tooBig', max: MAX_ID_FILE_MB } });
      setState({ ...label, status: 'reading' });
      run(label, (r) => r.read(file));
    },
    [run],
  );

  const pickColumn = useCallback(
    (column: number) => {
      if (state?.status !== 'ready' || state.file.kind !== 'table') return;
      const label = { name: state.name, pasted: state.pasted };
      // The old column's IDs stay on screen until the new ones are counted.
      setState({ ...label, status: 'ready', file: { ...state.file, column } });
      run(label, (r) => r.pickColumn(column));
    },
    [state, run],
  );

  const clear = useCallback(() => {
    generation.current += 1;
    setState(null);
  }, []);

  return { state, load, pickColumn, clear };
}
