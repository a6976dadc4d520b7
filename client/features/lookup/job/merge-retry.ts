import type { LookupEvent } from '../../../../contract/lookup';
import type { LookupJobState } from '../lookup-job-state';

/**
 * Folds the events of a "Retry N not checked" job into the job it retries: answers replace the IDs' old "not
 * checked", new failures replace the old error, and IDs the retry never answered keep theirs. The retry's own
 * progress and outcome stay with the retry; the merged job's outcome is worked out again at its end.
 */
export function mergeRetryEvents(state: LookupJobState, events: LookupEvent[]): LookupJobState {
  const next = { ...state };
  for (const event of events) {
    switch (event.type) {
      case 'conversation':
        // A header that failed the first time may have an answer now; a good one is never replaced.
        if (next.conversation?.state !== 'found') next.conversation = event.conversation;
        break;
      case 'rows':
        for (const p of event.participants) {
          next.members.set(p.userId, p);
          next.unchecked.delete(p.userId);
        }
        for (const id of event.notMembers) {
          next.notMembers.add(id);
          next.unchecked.delete(id);
        }
        break;
      case 'unchecked':
        for (const id of event.batch.userIds) next.unchecked.set(id, event.batch.error);
        break;
      case 'end':
        next.requestIds = [...next.requestIds, ...event.requestIds];
        next.outcome = allAnswered(next) ? 'ok' : next.outcome === 'ok' ? 'partial' : next.outcome;
        break;
      default:
        break;
    }
  }
  return next;
}

function allAnswered(state: LookupJobState): boolean {
  return (state.request.userIds ?? []).every((id) => state.members.has(id) || state.notMembers.has(id));
}
