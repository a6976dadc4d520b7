import { setMaxListeners } from 'node:events';
import { type Response, Router } from 'express';
import {
  type LookupEvent,
  type LookupResponse,
  lookupRequestSchema,
  type Participant,
  type ValidLookup,
} from '../../contract/lookup';
import { isDatabaseUnavailable } from '../db/database-errors';
import { AppError } from '../http/app-error';
import { operatorOf } from '../http/require-session';
import { validateBody } from '../http/validate';
import type { Lifecycle } from '../lifecycle';
import type { JobSummary } from './lookup-job';
import type { ParticipantService } from './participant-service';

export const NDJSON = 'application/x-ndjson';

/**
 * `POST /api/lookups`. With `Accept: application/x-ndjson` the answer streams, one event per line, as batches land;
 * otherwise it is one JSON document at the end. Closing the connection cancels the job either way.
 */
export function participantRoutes(service: ParticipantService, maxUserIds: number, lifecycle: Lifecycle) {
  const router = Router();
  router.post('/lookups', validateBody(lookupRequestSchema), async (req, res) => {
    const input = req.body as ValidLookup;
    if (input.userIds.length > maxUserIds) {
      throw new AppError(400, 'invalid_request', `userIds must hold at most ${maxUserIds} user IDs`, {
        field: 'userIds',
        params: { rule: 'too_many_items', limit: maxUserIds },
      });
    }
    const streamed = req.accepts(['application/json', NDJSON]) === NDJSON;
    const job = await service.prepare(input, operatorOf(req), req.ip ?? null, { streamed });
    const cancel = new AbortController();
    // Every queued batch listens for the cancel: a 50,000-ID job has hundreds of listeners, on purpose.
    setMaxListeners(0, cancel.signal);
    // A graceful shutdown waits for this job, and cancels it (audited as such) when the grace period runs out.
    const untrack = lifecycle.track(cancel);
    // The operator pressed Cancel, closed the tab or lost the network: stop sending upstream.
    res.on('close', () => {
      if (!res.writableFinished) cancel.abort(new Error('the client went away'));
    });
    try {
      if (streamed) return await stream(res, job, cancel.signal, req.log);
      const events: LookupEvent[] = [];
      const summary = await job.run({ signal: cancel.signal, emit: (event) => events.push(event) });
      res.json(toResponse(input, summary, events));
    } finally {
      untrack();
    }
  });
  return router;
}

async function stream(
  res: Response,
  job: Awaited<ReturnType<ParticipantService['prepare']>>,
  signal: AbortSignal,
  log: { error: (obj: object, msg: string) => void },
) {
  res.status(200);
  res.setHeader('Content-Type', `${NDJSON}; charset=utf-8`);
  // Proxies such as nginx would otherwise hold the stream back until it ends.
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  // Events that land in the same turn of the event loop go out in one write: hundreds of batches a second would
  // otherwise mean hundreds of tiny writes (and gzip flushes).
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0 || res.writableEnded || res.destroyed) return;
    res.write(pending.join(''));
    pending = [];
    // Set by the compression middleware: without it, events would wait in the gzip buffer.
    (res as Response & { flush?: () => void }).flush?.();
  };
  const write = (event: LookupEvent) => {
    pending.push(`${JSON.stringify(event)}\n`);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  try {
    await job.run({ signal, emit: write });
  } catch (err) {
    // The status went out with the first byte; the failure becomes the stream's last event. If the audit record
    // could not be written (the database went away), the client must not keep what it was shown.
    const unavailable = isDatabaseUnavailable(err);
    log.error({ err }, unavailable ? 'lookup job could not be audited' : 'lookup job failed');
    write({
      type: 'end',
      outcome: 'failed',
      browseError: null,
      requestIds: [],
      error: unavailable
        ? { code: 'service_unavailable', message: 'The lookup could not be recorded in the audit trail' }
        : { code: 'internal_error', message: 'Something went wrong on the server' },
    });
  }
  flush();
  res.end();
}

/** Folds a job's events into one JSON answer; a job that could check nothing at all fails as the API always has. */
function toResponse(input: ValidLookup, summary: JobSummary, events: LookupEvent[]): LookupResponse {
  if (summary.outcome === 'failed' && summary.firstFailure) throw summary.firstFailure;
  const found = new Map<string, Participant>();
  const listed: Array<{ position: number; participants: Participant[] }> = [];
  const notMembers = new Set<string>();
  const unanswered: LookupResponse['unanswered'] = [];
  for (const event of events) {
    if (event.type === 'rows') {
      for (const p of event.participants) found.set(p.userId, p);
      for (const id of event.notMembers) notMembers.add(id);
      listed.push({ position: event.position ?? 0, participants: event.participants });
    }
    if (event.type === 'unchecked') unanswered.push(event.batch);
  }
  const participants =
    summary.mode === 'lookup'
      ? input.userIds.flatMap((id) => found.get(id) ?? [])
      : listed.sort((a, b) => a.position - b.position).flatMap((page) => page.participants);
  return {
    appId: input.appId,
    conversationId: input.conversationId,
    mode: summary.mode,
    outcome: summary.outcome,
    conversation: summary.conversation,
    userIds: input.userIds,
    participants,
    notMembers: input.userIds.filter((id) => notMembers.has(id)),
    unanswered,
    browseError: summary.browseError,
    requestIds: summary.requestIds,
  };
}
