import { useMutation } from '@tanstack/react-query';
import type { LookupRequest, LookupResponse } from '../../../../contract/lookup';
import { apiRequest, isUnauthenticated } from '../../../lib/api-client';
import { clearPendingLookup, savePendingLookup } from '../lookup-draft';

export function createLookup(request: LookupRequest): Promise<LookupResponse> {
  return apiRequest<LookupResponse>('/api/lookups', { method: 'POST', body: request });
}

export function useCreateLookup() {
  return useMutation({
    mutationKey: ['lookups', 'create'],
    mutationFn: createLookup,
    // The server already retries transient upstream failures; a second try here would double the load.
    retry: false,
    // Remembered until answered: if the session has expired, the lookup runs again after sign-in. These are
    // mutation-level callbacks, so they run even after the page has unmounted on the way to sign-in.
    onMutate: (request) => savePendingLookup(request),
    onSuccess: () => clearPendingLookup(),
    onError: (error) => {
      if (!isUnauthenticated(error)) clearPendingLookup();
    },
  });
}
