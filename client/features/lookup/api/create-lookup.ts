import { useMutation } from '@tanstack/react-query';
import type { LookupRequest, LookupResponse } from '../../../../contract/lookup';
import { apiRequest } from '../../../lib/api-client';

export function createLookup(request: LookupRequest): Promise<LookupResponse> {
  return apiRequest<LookupResponse>('/api/lookups', { method: 'POST', body: request });
}

export function useCreateLookup() {
  return useMutation({
    mutationKey: ['lookups', 'create'],
    mutationFn: createLookup,
    // The server already retries transient upstream failures; a second try here would double the load.
    retry: false,
  });
}
