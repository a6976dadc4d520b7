import { extEntries } from '../participant-labels';

/** Ext entries, sorted by key, whose key or value contains the query, ignoring case. An empty query keeps all. */
export function filterExt(ext: Record<string, string>, query: string): [string, string][] {
  const needle = query.trim().toLocaleLowerCase();
  const entries = extEntries(ext);
  if (!needle) return entries;
  return entries.filter(
    ([key, value]) => key.toLocaleLowerCase().includes(needle) || value.toLocaleLowerCase().includes(needle),
  );
}
