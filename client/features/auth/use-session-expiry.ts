import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SessionInfo } from '../../../contract/session';
import { setUnauthenticatedHandler } from '../../lib/api-client';
import { SESSION_QUERY_KEY } from './api/get-session';

/**
 * Any 401 from the API means the session ended (idle timeout, server restart, signed out elsewhere). Forgetting the
 * session is enough: RequireSession then sends the operator to sign-in and remembers where they were.
 */
export function useSessionExpiry() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      setUnauthenticatedHandler(() => {
        queryClient.setQueryData<SessionInfo | null>(SESSION_QUERY_KEY, null);
      }),
    [queryClient],
  );
}
