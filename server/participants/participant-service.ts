import type { z } from 'zod';
import type { LookupResponse, lookupRequestSchema, Participant, UnansweredBatch } from '../../contract/lookup';
import type { AuditRepository } from '../audit/audit-repository';
import { AppError } from '../http/app-error';
import type { SignedInOperator } from '../http/signed-in-operator';
import type { VolcClient } from '../volcengine/client';
import { numeral, stringifyLossless } from '../volcengine/lossless';
import { UpstreamError } from '../volcengine/upstream-error';
import { participantsResultSchema, toParticipant } from './upstream-participant';

export type ValidLookup = z.output<typeof lookupRequestSchema>;

export interface ParticipantServiceDeps {
  volc: VolcClient;
  audit: AuditRepository;
  appIds: ReadonlySet<string>;
  batchSize: number;
  reasonRequired: boolean;
}

const chunk = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export function createParticipantService({ volc, audit, appIds, batchSize, reasonRequired }: ParticipantServiceDeps) {
  async function fetchBatch(appId: string, conversationId: string, userIds: string[]) {
    // Bare numerals, digit for digit: Volcengine takes int64s, not strings.
    const body = stringifyLossless({
      AppId: numeral(appId),
      ConversationShortId: numeral(conversationId),
      ParticipantUserIds: userIds.map(numeral),
    });
    const { result, requestId } = await volc.call('BatchGetConversationParticipant', body);
    const parsed = participantsResultSchema.safeParse(result);
    if (!parsed.success) {
      // A member we can't read must not turn into "not a member", so the whole batch fails.
      throw UpstreamError.badAnswer(
        'UnexpectedResult',
        parsed.error.issues[0]?.message ?? 'unexpected Result',
        requestId,
        200,
      );
    }
    return { participants: (parsed.data.Participants ?? []).map(toParticipant), requestId };
  }

  async function fetchAll({ appId, conversationId, userIds }: ValidLookup): Promise<LookupResponse> {
    const batches = chunk(userIds, batchSize);
    const settled = await Promise.allSettled(batches.map((batch) => fetchBatch(appId, conversationId, batch)));

    const found = new Map<string, Participant>();
    const answered = new Set<string>();
    const unanswered: UnansweredBatch[] = [];
    const requestIds: string[] = [];
    settled.forEach((outcome, i) => {
      const batch = batches[i] ?? [];
      if (outcome.status === 'rejected') {
        if (!(outcome.reason instanceof UpstreamError)) throw outcome.reason;
        const { upstream, status } = outcome.reason;
        unanswered.push({ userIds: batch, error: { ...upstream, status } });
        if (upstream.requestId) requestIds.push(upstream.requestId);
        return;
      }
      requestIds.push(outcome.value.requestId);
      const asked = new Set(batch);
      for (const id of batch) answered.add(id);
      for (const p of outcome.value.participants) {
        // Only members of this conversation that we asked about, whatever upstream sends.
        if (asked.has(p.userId) && p.conversationId === conversationId) found.set(p.userId, p);
      }
    });

    const firstFailure = settled.find((o) => o.status === 'rejected');
    if (answered.size === 0 && firstFailure?.status === 'rejected') throw firstFailure.reason;

    return {
      appId,
      conversationId,
      userIds,
      participants: userIds.flatMap((id) => found.get(id) ?? []),
      notMembers: userIds.filter((id) => answered.has(id) && !found.has(id)),
      unanswered,
      requestIds,
    };
  }

  return {
    /** Looks members up for an operator; every attempt past schema validation leaves one audit record before it returns. */
    async lookup(input: ValidLookup, operator: SignedInOperator, ip: string | null): Promise<LookupResponse> {
      const started = performance.now();
      const record = {
        event: 'lookup' as const,
        operatorId: operator.id,
        operator: operator.username,
        ip,
        appId: input.appId,
        conversationId: input.conversationId,
        userIds: input.userIds,
        reason: input.reason ?? null,
      };
      const elapsed = () => Math.round(performance.now() - started);

      const refuse = (outcome: string, error: AppError): never => {
        audit.append({ ...record, outcome, durationMs: elapsed() });
        throw error;
      };

      if (!appIds.has(input.appId)) {
        refuse(
          'invalid_request',
          new AppError(400, 'invalid_request', 'appId is not an app this console serves', {
            field: 'appId',
            params: { rule: 'unknown_app' },
          }),
        );
      }
      if (reasonRequired && !input.reason) {
        refuse(
          'invalid_request',
          new AppError(400, 'invalid_request', 'reason is required: give a ticket number or a note', {
            field: 'reason',
            params: { rule: 'required' },
          }),
        );
      }
      if (!operator.apps.includes(input.appId)) {
        refuse('denied', new AppError(403, 'forbidden', 'You have no access to this app', { field: 'appId' }));
      }
      let response: LookupResponse;
      try {
        response = await fetchAll(input);
      } catch (err) {
        const requestId = err instanceof UpstreamError ? err.upstream.requestId : null;
        audit.append({
          ...record,
          outcome: err instanceof AppError ? err.code : 'internal_error',
          requestIds: requestId ? [requestId] : [],
          durationMs: elapsed(),
        });
        throw err;
      }
      audit.append({
        ...record,
        outcome: response.unanswered.length ? 'partial' : 'ok',
        found: response.participants.length,
        notMembers: response.notMembers.length,
        requestIds: response.requestIds,
        durationMs: elapsed(),
      });
      return response;
    },
  };
}
