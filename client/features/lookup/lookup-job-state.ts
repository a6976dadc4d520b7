import type {
  ConversationPart,
  LookupEvent,
  LookupMode,
  LookupOutcome,
  LookupProgress,
  LookupRequest,
  LookupResponse,
  Participant,
  UnansweredBatch,
} from '../../../contract/lookup';

export type UncheckedError = UnansweredBatch['error'];

/** Where a running or finished lookup stands, folded from its stream of events. */
export interface LookupJobState {
  request: LookupRequest;
  mode: LookupMode;
  conversation: ConversationPart | null;
  /** A lookup's answers so far, by user ID. */
  members: Map<string, Participant>;
  notMembers: Set<string>;
  unchecked: Map<string, UncheckedError>;
  /** A browse's pages as they landed, each at its place in the listing. */
  pages: Array<{ position: number; participants: Participant[] }>;
  progress: LookupProgress | null;
  outcome: LookupOutcome | null;
  browseError: LookupResponse['browseError'];
  requestIds: string[];
  /** The console failed midway (the stream had started): what it said. */
  serverError: { code: string; message: string } | null;
}

export function startJob(request: LookupRequest): LookupJobState {
  return {
    request,
    mode: (request.userIds?.length ?? 0) > 0 ? 'lookup' : 'browse',
    conversation: null,
    members: new Map(),
    notMembers: new Set(),
    unchecked: new Map(),
    pages: [],
    progress: null,
    outcome: null,
    browseError: null,
    requestIds: [],
    serverError: null,
  };
}

/**
 * Folds events into the state. The collections are updated in place (a 50,000-ID job must not copy them per
 * event); the returned object is new, so React sees a change.
 */
export function applyEvents(state: LookupJobState, events: LookupEvent[]): LookupJobState {
  const next = { ...state };
  for (const event of events) {
    switch (event.type) {
      case 'start':
        next.mode = event.mode;
        break;
      case 'conversation':
        next.conversation = event.conversation;
        break;
      case 'rows':
        if (next.mode === 'browse')
          next.pages.push({ position: event.position ?? 0, participants: event.participants });
        else for (const p of event.participants) next.members.set(p.userId, p);
        for (const id of event.notMembers) next.notMembers.add(id);
        break;
      case 'unchecked':
        for (const id of event.batch.userIds) next.unchecked.set(id, event.batch.error);
        break;
      case 'progress':
        next.progress = event;
        break;
      case 'end':
        next.outcome = event.outcome;
        next.browseError = event.browseError;
        next.requestIds = event.requestIds;
        next.serverError = event.error ?? null;
        break;
    }
  }
  return next;
}

/** The job was cancelled (by the operator, or the connection dropped) before it said it ended. */
export function cancelJob(state: LookupJobState): LookupJobState {
  return state.outcome ? state : { ...state, outcome: 'cancelled' };
}

/** The same state from a whole JSON answer (e.g. a lookup read back from a link). */
export function jobFromResponse(request: LookupRequest, response: LookupResponse): LookupJobState {
  const state = startJob(request);
  return applyEvents(state, [
    {
      type: 'start',
      mode: response.mode,
      appId: response.appId,
      conversationId: response.conversationId,
      userIds: response.userIds,
    },
    { type: 'conversation', conversation: response.conversation },
    { type: 'rows', participants: response.participants, notMembers: response.notMembers, position: 0 },
    ...response.unanswered.map((batch) => ({ type: 'unchecked' as const, batch })),
    { type: 'end', outcome: response.outcome, browseError: response.browseError, requestIds: response.requestIds },
  ]);
}

/** A browse's members in listing order, whatever order their pages landed in. */
export function listedMembers(state: LookupJobState): Participant[] {
  return [...state.pages].sort((a, b) => a.position - b.position).flatMap((page) => page.participants);
}

/** The user IDs that ended up not checked: what "Retry N not checked" sends again. */
export function uncheckedIds(state: LookupJobState): string[] {
  const asked = state.request.userIds ?? [];
  if (state.outcome === null) return [];
  // Cancelled jobs leave IDs with no answer at all; they are not checked either.
  return asked.filter((id) => state.unchecked.has(id) || (!state.members.has(id) && !state.notMembers.has(id)));
}
