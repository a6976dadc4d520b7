import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '../../../../contract/session';
import { apiRequest, isUnauthenticated } from '../../../lib/api-client';
import { claimDrafts } from '../draft-owner';

export const SESSION_QUERY_KEY = ['session'] as const;

/** The signed-in operator, or null when there is no valid session: that is an answer, not an error. */
export async function getSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    const session = await apiRequest<SessionInfo>('/api/session', { signal, expectUnauthenticated: true });
    claimDrafts(session.username);
    return session;
  } catch (error) {
    if (isUnauthenticated(error)) return null;
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => getSession(signal),
    // The server tells us when a session ends: any 401 resets this to null (see use-session-expiry).
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useSession() {
  return useQuery(sessionQueryOptions());
}
