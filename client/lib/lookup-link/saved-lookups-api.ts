import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { LookupQuestion, SavedLookup } from '../../../contract/saved-lookups';
import { apiRequest } from '../api-client';
import { savedLookupPath, shortLookupPath } from './lookup-url';

interface SavedLookupCreated {
  id: string;
  expiresAt: string;
}

export function saveLookup(question: LookupQuestion): Promise<SavedLookupCreated> {
  return apiRequest<SavedLookupCreated>('/api/saved-lookups', { method: 'POST', body: question });
}

export function getSavedLookup(id: string, signal?: AbortSignal): Promise<SavedLookup> {
  return apiRequest<SavedLookup>(`/api/saved-lookups/${encodeURIComponent(id)}`, { signal });
}

export const savedLookupQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['saved-lookups', id],
    queryFn: ({ signal }) => getSavedLookup(id, signal),
    // A saved question never changes; only its expiry ends it, and then the server says 404.
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/**
 * The address of a question: readable when short, else saved on the server first. The saved question goes into the
 * query cache, so the page that opens `/l/<id>` next knows it is the question it just ran.
 */
export async function linkForQuestion(question: LookupQuestion, queryClient: QueryClient): Promise<string> {
  const short = shortLookupPath(question, window.location.origin);
  if (short) return short;
  const saved = await saveLookup(question);
  const now = new Date().toISOString();
  queryClient.setQueryData(savedLookupQueryOptions(saved.id).queryKey, {
    ...question,
    id: saved.id,
    createdAt: now,
    expiresAt: saved.expiresAt,
  });
  return savedLookupPath(saved.id);
}
