import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../../contract/session';
import { apiRequest, isUnauthenticated } from '../../../lib/api-client';
import { clearDrafts } from '../../../lib/session-drafts';
import { SESSION_QUERY_KEY } from './get-session';

export async function signOut(): Promise<void> {
  try {
    await apiRequest<null>('/api/session', { method: 'DELETE', expectUnauthenticated: true });
  } catch (error) {
    // The session had already ended: the operator is signed out either way.
    if (!isUnauthenticated(error)) throw error;
  }
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['session', 'sign-out'],
    mutationFn: signOut,
    retry: false,
    onSuccess: () => {
      // Nothing the operator saw or typed may outlive the session on a shared machine.
      clearDrafts();
      queryClient.removeQueries();
      queryClient.getMutationCache().clear();
      queryClient.setQueryData<SessionInfo | null>(SESSION_QUERY_KEY, null);
    },
  });
}
