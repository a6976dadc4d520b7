import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { LookupQuestion } from '../../../../contract/saved-lookups';
import { apiRequest } from '../../../lib/api-client';
import { linkForQuestion } from '../../../lib/lookup-link/saved-lookups-api';

/** The question of one of the operator's own recent lookups (the list holds only counts, not the IDs). */
export function getRecentQuestion(auditId: number): Promise<LookupQuestion> {
  return apiRequest<LookupQuestion>(`/api/lookups/recent/${auditId}`);
}

/**
 * "Run again": fetch the question, then open its address; the lookup page runs whatever its address asks, so a
 * re-run is the same as opening a link (and a long list gets its `/l/<id>` link on the way).
 */
export function useRerunRecentLookup() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async (auditId: number) => linkForQuestion(await getRecentQuestion(auditId), queryClient),
    onSuccess: (path) => navigate(path),
  });
}
