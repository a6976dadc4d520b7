import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PreferencesPatch } from '../../../../contract/preferences-patch';
import type { SessionInfo } from '../../../../contract/session';
import { apiRequest } from '../../../lib/api-client';
import { SESSION_QUERY_KEY } from './get-session';

export function updatePreferences(patch: PreferencesPatch): Promise<SessionInfo> {
  return apiRequest<SessionInfo>('/api/session/preferences', { method: 'PATCH', body: patch });
}

/** Saves display choices to the operator's account, so they follow them to any browser. */
export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['session', 'preferences'],
    mutationFn: updatePreferences,
    retry: false,
    onSuccess: (session) => queryClient.setQueryData<SessionInfo | null>(SESSION_QUERY_KEY, session),
  });
}
