import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RecentLookup } from '../../../../contract/saved-lookups';
import { apiRequest } from '../../../lib/api-client';

export function getRecentLookups(signal?: AbortSignal): Promise<{ lookups: RecentLookup[] }> {
  return apiRequest<{ lookups: RecentLookup[] }>('/api/lookups/recent', { signal });
}

export const recentLookupsQueryOptions = () =>
  queryOptions({ queryKey: ['lookups', 'recent'], queryFn: ({ signal }) => getRecentLookups(signal) });

export function useRecentLookups() {
  return useQuery(recentLookupsQueryOptions());
}
