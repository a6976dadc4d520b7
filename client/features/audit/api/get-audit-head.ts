import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditHeadResponse } from '../../../../contract/audit';
import { apiRequest } from '../../../lib/api-client';

export function getAuditHead(signal?: AbortSignal): Promise<AuditHeadResponse> {
  return apiRequest<AuditHeadResponse>('/api/audit/head', { signal });
}

export const auditHeadQueryOptions = () =>
  queryOptions({ queryKey: ['audit', 'head'], queryFn: ({ signal }) => getAuditHead(signal) });

export function useAuditHead() {
  return useQuery(auditHeadQueryOptions());
}
