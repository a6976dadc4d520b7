import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ConsoleConfig } from '../../../../contract/console-config';
import { apiRequest } from '../../../lib/api-client';

/**
 * The apps an admin may grant: an admin's `/api/config` lists every app the console serves. Same key and answer as
 * the lookup feature's config query (features don't import each other), so the two share one cache entry.
 */
export const consoleConfigQueryOptions = () =>
  queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) => apiRequest<ConsoleConfig>('/api/config', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useConsoleApps() {
  return useQuery({ ...consoleConfigQueryOptions(), select: (config) => config.apps });
}
