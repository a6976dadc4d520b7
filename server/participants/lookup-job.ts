import type {
  ConversationPart,
  LookupEvent,
  LookupMode,
  LookupOutcome,
  LookupResponse,
  ValidLookup,
} from '../../contract/lookup';
import { numeral, stringifyLossless } from '../volcengine/lossless';
import { type BrowseEnd, browseMembers } from './browse-members';
import { checkMembers } from './check-members';
import { conversationAnswerReader } from './conversation-answer-reader';
import { classifyFailure, failureOf, type JobContext } from './job-context';
import { JobProgress } from './job-progress';

export interface JobSettings {
  batchSize: number;
  scanLimit: number;
}

/** What the audit record and the JSON answer need once a job is over. */
export interface JobSummary {
  mode: LookupMode;
  outcome: LookupOutcome;
  conversation: ConversationPart;
  found: number;
  notMembers: number;
  unchecked: number;
  callsDone: number;
  callsTotal: number | null;
  requestIds: string[];
  browseError: LookupResponse['browseError'];
  firstFailure: JobProgress['firstFailure'];
}

/** The conversation header: its facts, or that the gateway doesn't know it, or why we couldn't ask. */
async function fetchConversation(
  ctx: JobContext,
): Promise<{ part: ConversationPart; requestId: string | null } | 'cancelled'> {
  try {
    const { value, requestId } = await ctx.volc.call(
      'BatchGetConversations',
      stringifyLossless({
        AppId: numeral(ctx.appId),
        ConversationShortId: [numeral(ctx.conversationId)],
        // The SDK's default omits MemberCount; the header shows it.
        SkipMemberCount: false,
      }),
      conversationAnswerReader,
      { conversationId: ctx.conversationId },
      { signal: ctx.signal, key: ctx.key },
    );
    return { part: value ? { state: 'found', conversation: value } : { state: 'unknown' }, requestId };
  } catch (err) {
    const failure = classifyFailure(err, ctx.signal);
    if (failure === 'cancelled') return 'cancelled';
    return { part: { state: 'failed', error: failureOf(failure) }, requestId: failure.upstream.requestId };
  }
}

/**
 * One lookup, start to end: the conversation header first (an unknown conversation stops here), then either the
 * given user IDs in batches or, with none given, every member page by page. Events go to `emit` as they happen;
 * the last one is always `end`. A failed header never hides member results, nor the reverse.
 */
export async function runLookupJob(
  ctx: JobContext,
  input: ValidLookup,
  settings: JobSettings,
  emit: (event: LookupEvent) => void,
): Promise<JobSummary> {
  const mode: LookupMode = input.userIds.length > 0 ? 'lookup' : 'browse';
  emit({ type: 'start', mode, appId: ctx.appId, conversationId: ctx.conversationId, userIds: input.userIds });
  const lookupCalls = Math.ceil(input.userIds.length / settings.batchSize);
  const progress = new JobProgress(emit, 1 + (mode === 'lookup' ? lookupCalls : 0), (calls) =>
    ctx.volc.paceMs(mode === 'lookup' ? 'BatchGetConversationParticipant' : 'ScanConversationParticipantList', calls),
  );
  const finish = (
    outcome: LookupOutcome,
    conversation: ConversationPart,
    browseError: JobSummary['browseError'] = null,
  ) => {
    emit({ type: 'end', outcome, browseError, requestIds: progress.requestIds });
    return {
      mode,
      outcome,
      conversation,
      found: progress.found,
      notMembers: progress.notMembers,
      unchecked: progress.unchecked,
      callsDone: progress.callsDone,
      callsTotal: progress.callsTotal,
      requestIds: progress.requestIds,
      browseError,
      firstFailure: progress.firstFailure,
    };
  };

  const header = await fetchConversation(ctx);
  const cancelledPart: ConversationPart = { state: 'unknown' };
  if (header === 'cancelled') return finish('cancelled', cancelledPart);
  progress.call(header.requestId);
  emit({ type: 'conversation', conversation: header.part });
  progress.report();
  // Nobody can be a member of a conversation the gateway doesn't know; asking about members would only mislead.
  if (header.part.state === 'unknown') return finish('ok', header.part);

  if (mode === 'lookup') {
    await checkMembers(ctx, input.userIds, settings.batchSize, progress);
    if (ctx.signal.aborted) return finish('cancelled', header.part);
    const answered = progress.found + progress.notMembers;
    const outcome = progress.unchecked === 0 ? 'ok' : answered === 0 ? 'failed' : 'partial';
    return finish(outcome, header.part);
  }

  const conversation = header.part.state === 'found' ? header.part.conversation : null;
  const end: BrowseEnd = await browseMembers(
    ctx,
    {
      newestFirst: input.newestFirst,
      onlineOnly: input.onlineOnly,
      limit: settings.scanLimit,
      expected: (input.onlineOnly ? conversation?.onlineCount : conversation?.memberCount) ?? null,
    },
    progress,
  );
  if (end.state === 'cancelled' || ctx.signal.aborted) return finish('cancelled', header.part);
  if (end.state === 'stopped') return finish(end.firstPage ? 'failed' : 'partial', header.part, end.error);
  return finish('ok', header.part);
}
