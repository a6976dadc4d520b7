import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SignInOptions } from '../../../../contract/sign-in-options';
import { apiRequest } from '../../../lib/api-client';

export const getSignInOptions = (signal?: AbortSignal) =>
  apiRequest<SignInOptions>('/api/session/options', { signal, expectUnauthenticated: true });

export const signInOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['sign-in-options'],
    queryFn: ({ signal }) => getSignInOptions(signal),
    // Fixed at the server's start.
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useSignInOptions() {
  return useQuery(signInOptionsQueryOptions());
}
