import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditPage } from '../../../../contract/audit';
import { apiRequest } from '../../../lib/api-client';
import { type AuditView, auditSearchParams } from '../audit-view';

export function getAuditPage(view: AuditView, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>(`/api/audit?${auditSearchParams(view)}`, { signal });
}

export const auditPageQueryOptions = (view: AuditView) =>
  queryOptions({
    queryKey: ['audit', auditSearchParams(view).toString()],
    queryFn: ({ signal }) => getAuditPage(view, signal),
    // The grid keeps the current page (and its row count) on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

export function useAuditPage(view: AuditView) {
  return useQuery(auditPageQueryOptions(view));
}

/** `GET /api/audit.csv` streams every record matching the filters, with IDs as exact strings. */
export function auditCsvUrl(view: AuditView): string {
  const query = auditSearchParams(view, { paged: false }).toString();
  return query ? `/api/audit.csv?${query}` : '/api/audit.csv';
}
