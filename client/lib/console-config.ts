import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ConsoleConfig } from '../../contract/console-config';
import { apiRequest } from './api-client';

export function getConfig(signal?: AbortSignal): Promise<ConsoleConfig> {
  return apiRequest<ConsoleConfig>('/api/config', { signal });
}

export const configQueryOptions = () =>
  queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) => getConfig(signal),
    // The app list only changes when the server restarts.
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useConfig() {
  return useQuery(configQueryOptions());
}
