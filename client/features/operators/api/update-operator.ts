import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OperatorChangeResult, OperatorSummary } from '../../../../contract/operators';
import type { OperatorRole } from '../../../../contract/session';
import { apiRequest } from '../../../lib/api-client';
import { operatorsQueryOptions } from './get-operators';

export interface OperatorChange {
  username: string;
  changes: { role?: OperatorRole; apps?: string[]; disabled?: boolean; resetPassword?: true };
}

export function updateOperator({ username, changes }: OperatorChange): Promise<OperatorChangeResult> {
  return apiRequest<OperatorChangeResult>(`/api/operators/${encodeURIComponent(username)}`, {
    method: 'PATCH',
    body: changes,
  });
}

/** The operator without the password the server may have made: that one is shown once and never cached. */
export function withoutPassword({ generatedPassword: _shownOnce, ...operator }: OperatorChangeResult): OperatorSummary {
  return operator;
}

export function useUpdateOperator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['operators', 'update'],
    mutationFn: updateOperator,
    // A reset answers with the new password; the finished mutation is dropped as soon as its dialog closes.
    gcTime: 0,
    onSuccess: (result) => {
      const updated = withoutPassword(result);
      queryClient.setQueryData(operatorsQueryOptions().queryKey, (list) =>
        list?.map((operator) => (operator.username === updated.username ? updated : operator)),
      );
    },
  });
}
