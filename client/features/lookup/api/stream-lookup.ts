import type { LookupEvent, LookupRequest } from '../../../../contract/lookup';
import { apiStream } from '../../../lib/api-client';

/**
 * Runs one lookup as a streamed job: one POST, answered with NDJSON events as batches land. A refusal before the
 * stream starts throws an HttpError; aborting `signal` stops the job on the server too (it sees the connection close).
 */
export function streamLookup(
  request: LookupRequest,
  { signal, onEvents }: { signal: AbortSignal; onEvents: (events: LookupEvent[]) => void },
): Promise<void> {
  return apiStream<LookupEvent>('/api/lookups', { body: request, signal, onLines: onEvents });
}
