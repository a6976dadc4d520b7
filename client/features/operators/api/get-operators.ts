import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OperatorSummary } from '../../../../contract/operators';
import { apiRequest } from '../../../lib/api-client';

export function getOperators(signal?: AbortSignal): Promise<OperatorSummary[]> {
  return apiRequest<OperatorSummary[]>('/api/operators', { signal });
}

export const operatorsQueryOptions = () =>
  queryOptions({ queryKey: ['operators'], queryFn: ({ signal }) => getOperators(signal) });

export function useOperators() {
  return useQuery(operatorsQueryOptions());
}
