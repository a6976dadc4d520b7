import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OperatorChangeResult } from '../../../../contract/operators';
import type { OperatorRole } from '../../../../contract/session';
import { apiRequest } from '../../../lib/api-client';
import { operatorsQueryOptions } from './get-operators';
import { withoutPassword } from './update-operator';

export interface NewOperator {
  username: string;
  role: OperatorRole;
  apps: string[];
  /** Left out, the server makes one and answers it once, in `generatedPassword`. */
  password?: string;
}

export function createOperator(operator: NewOperator): Promise<OperatorChangeResult> {
  return apiRequest<OperatorChangeResult>('/api/operators', { method: 'POST', body: operator });
}

export function useCreateOperator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['operators', 'create'],
    mutationFn: createOperator,
    // The answer may hold a generated password and the variables a chosen one: drop both once the dialog closes.
    gcTime: 0,
    onSuccess: (result) => {
      const created = withoutPassword(result);
      queryClient.setQueryData(operatorsQueryOptions().queryKey, (list) =>
        list && !list.some((operator) => operator.username === created.username) ? [...list, created] : list,
      );
      void queryClient.invalidateQueries({ queryKey: operatorsQueryOptions().queryKey });
    },
  });
}
