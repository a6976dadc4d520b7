import { setMaxListeners } from 'node:events';
import type { LookupEvent, ValidLookup } from '../../contract/lookup';
import type { AuditRepository } from '../audit/audit-repository';
import { AppError } from '../http/app-error';
import type { SignedInOperator } from '../http/signed-in-operator';
import type { Metrics } from '../metrics/metrics';
import type { VolcClient } from '../volcengine/client';
import { type JobSettings, type JobSummary, runLookupJob } from './lookup-job';

export interface ParticipantServiceDeps extends JobSettings {
  volc: VolcClient;
  audit: AuditRepository;
  appIds: ReadonlySet<string>;
  reasonRequired: boolean;
  /** False while a dependency every upstream call needs (the shared budget in Redis) is down. */
  upstreamReady?: () => boolean;
  metrics?: Pick<Metrics, 'lookup'>;
}

export interface LookupRun {
  /** Cancels the job: nothing more goes upstream once it aborts. */
  signal: AbortSignal;
  emit: (event: LookupEvent) => void;
}

/** Lookups for operators: who may ask what, the job itself, and exactly one audit record per attempt. */
export function createParticipantService({
  volc,
  audit,
  appIds,
  reasonRequired,
  upstreamReady = () => true,
  metrics,
  ...settings
}: ParticipantServiceDeps) {
  return {
    /**
     * Checks that the operator may run this lookup, throwing a 4xx (audited) before anything is sent or streamed.
     * Returns the job, to be run once the caller is ready to stream its events.
     */
    async prepare(input: ValidLookup, operator: SignedInOperator, ip: string | null, { streamed = false } = {}) {
      const started = performance.now();
      const mode = input.userIds.length > 0 ? 'lookup' : 'browse';
      const record = {
        event: mode,
        operatorId: operator.id,
        operator: operator.username,
        ip,
        appId: input.appId,
        conversationId: input.conversationId,
        userIds: input.userIds,
        reason: input.reason ?? null,
      } as const;
      const elapsed = () => Math.round(performance.now() - started);
      const refuse = async (outcome: string, error: AppError): Promise<never> => {
        await audit.append({ ...record, outcome, durationMs: elapsed() });
        throw error;
      };
      if (!appIds.has(input.appId)) {
        await refuse(
          'invalid_request',
          new AppError(400, 'invalid_request', 'appId is not an app this console serves', {
            field: 'appId',
            params: { rule: 'unknown_app' },
          }),
        );
      }
      if (reasonRequired && !input.reason) {
        await refuse(
          'invalid_request',
          new AppError(400, 'invalid_request', 'reason is required: give a ticket number or a note', {
            field: 'reason',
            params: { rule: 'required' },
          }),
        );
      }
      if (!operator.apps.includes(input.appId)) {
        await refuse('denied', new AppError(403, 'forbidden', 'You have no access to this app', { field: 'appId' }));
      }
      if (!upstreamReady()) {
        await refuse(
          'service_unavailable',
          new AppError(
            503,
            'service_unavailable',
            'The shared rate limit (Redis) is unreachable, so no lookup can run; try again shortly',
          ),
        );
      }

      // A streamed answer reaches the operator batch by batch, before the job's own record can be written: so the
      // question is recorded first, and nothing is asked upstream or shown unless that record is committed.
      const startedId = streamed
        ? await audit.append({ ...record, outcome: 'started', details: { streamed: true } })
        : null;

      return {
        /** Runs the job and writes its audit record before returning, whatever happened, cancellation included. */
        async run({ signal, emit }: LookupRun): Promise<JobSummary> {
          // The job's own signal: aborted when the request's is, and when the job ends whichever way, so no batch
          // of a job that failed on a bug goes on calling upstream after its record is written.
          const job = new AbortController();
          setMaxListeners(0, job.signal);
          const forward = () => job.abort(signal.reason);
          signal.addEventListener('abort', forward, { once: true });
          if (signal.aborted) forward();
          const ctx = {
            volc,
            appId: input.appId,
            conversationId: input.conversationId,
            signal: job.signal,
            key: String(operator.id),
          };
          let summary: JobSummary;
          try {
            summary = await runLookupJob(ctx, input, settings, emit);
          } catch (err) {
            metrics?.lookup(mode, 'failed');
            await audit.append({
              ...record,
              outcome: 'failed',
              durationMs: elapsed(),
              details: { error: 'internal_error', ...(startedId ? { startedRecord: startedId } : {}) },
            });
            throw err;
          } finally {
            signal.removeEventListener('abort', forward);
            job.abort(new Error('the job has ended'));
          }
          metrics?.lookup(mode, summary.outcome);
          await audit.append({
            ...record,
            outcome: summary.outcome,
            found: summary.found,
            notMembers: mode === 'lookup' ? summary.notMembers : null,
            requestIds: summary.requestIds,
            durationMs: elapsed(),
            details: {
              ...(startedId ? { startedRecord: startedId } : {}),
              conversation: summary.conversation.state,
              calls: { done: summary.callsDone, total: summary.callsTotal },
              ...(summary.unchecked ? { unchecked: summary.unchecked } : {}),
              ...(mode === 'browse'
                ? { listed: summary.found, newestFirst: input.newestFirst, onlineOnly: input.onlineOnly }
                : {}),
              ...(summary.firstFailure ? { error: summary.firstFailure.upstream.code } : {}),
            },
          });
          return summary;
        },
      };
    },
  };
}

export type ParticipantService = ReturnType<typeof createParticipantService>;
