import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo, SignInRequest } from '../../../../contract/session';
import { apiRequest } from '../../../lib/api-client';
import { markSignedInJustNow } from '../../../lib/signed-in-just-now';
import { claimDrafts } from '../draft-owner';
import { SESSION_QUERY_KEY } from './get-session';

export function signIn(request: SignInRequest): Promise<SessionInfo> {
  // 401 here means a wrong password, not an expired session.
  return apiRequest<SessionInfo>('/api/session', { method: 'POST', body: request, expectUnauthenticated: true });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['session', 'sign-in'],
    mutationFn: signIn,
    retry: false,
    onSuccess: (session) => {
      claimDrafts(session.username);
      markSignedInJustNow();
      // Cached answers belong to the previous session: its apps, its role, its 401 errors.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
      queryClient.setQueryData<SessionInfo | null>(SESSION_QUERY_KEY, session);
    },
  });
}
