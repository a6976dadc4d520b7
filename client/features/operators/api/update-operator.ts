import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OperatorSummary } from '../../../../contract/operators';
import type { OperatorRole } from '../../../../contract/session';
import { apiRequest } from '../../../lib/api-client';
import { operatorsQueryOptions } from './get-operators';

export interface OperatorChange {
  username: string;
  changes: { role?: OperatorRole; apps?: string[]; disabled?: boolean; password?: string };
}

export function updateOperator({ username, changes }: OperatorChange): Promise<OperatorSummary> {
  return apiRequest<OperatorSummary>(`/api/operators/${encodeURIComponent(username)}`, {
    method: 'PATCH',
    body: changes,
  });
}

export function useUpdateOperator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['operators', 'update'],
    mutationFn: updateOperator,
    onSuccess: (updated) => {
      queryClient.setQueryData(operatorsQueryOptions().queryKey, (list) =>
        list?.map((operator) => (operator.username === updated.username ? updated : operator)),
      );
    },
  });
}
