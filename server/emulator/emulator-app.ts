import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import { parseLossless, stringifyLossless } from '../volcengine/lossless';
import { batchGetConversations } from './batch-get-conversations';
import { batchGetConversationParticipant } from './batch-get-participants';
import type { EmulatorAction, EmulatorSettings } from './emulator-action';
import { type FaultQueue, faultSchema } from './faults';
import type { FlowLimits } from './flow-limit';
import { errorEnvelope, GATEWAY_ERRORS, GatewayRejection, type Metadata, newRequestId } from './gateway-error';
import { hugeAnswer } from './huge-answer';
import { scanConversationParticipantList } from './scan-participants';
import type { Store } from './seed';
import { verifySignature } from './verify-signature';

const ACTIONS: Record<string, EmulatorAction> = {
  BatchGetConversationParticipant: batchGetConversationParticipant,
  BatchGetConversations: batchGetConversations,
  ScanConversationParticipantList: scanConversationParticipantList,
};
const VERSION = '2020-12-01';

export interface EmulatorDeps {
  store: Store;
  keys: ReadonlyMap<string, string>;
  region: string;
  flowLimits: FlowLimits;
  settings: EmulatorSettings;
  faults: FaultQueue;
  /** Exposes /__emulator/faults and /__emulator/stats over HTTP, for e2e tests and benchmarks. */
  control: boolean;
  /** Every request that reached the gateway, newest last, so tests can check exactly what was sent. */
  received: ReceivedRequest[];
}

export interface ReceivedRequest {
  action: string;
  body: string;
}
const RECEIVED_KEPT = 200;

function send(res: Response, status: number, payload: unknown) {
  res.status(status).type('application/json').send(stringifyLossless(payload));
}

function parseBody(raw: Buffer): Record<string, unknown> {
  let body: unknown;
  try {
    body = parseLossless(raw.toString('utf8'));
  } catch {
    throw new GatewayRejection('InvalidParameter', 'the body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new GatewayRejection('InvalidParameter', 'the body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

const settingsSchema = z
  .object({
    cursorStyle: z.enum(['offset', 'opaque']),
    maxScanLimit: z.number().int().min(1),
    latencyMs: z.number().int().min(0).max(60_000),
  })
  .partial();

/** A stand-in for Volcengine's OpenAPI gateway and the IM actions behind it. */
export function createEmulatorApp(deps: EmulatorDeps) {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.raw({ type: () => true, limit: '1mb' }));

  if (deps.control) {
    app.post('/__emulator/faults', (req, res) => {
      const parsed = faultSchema.safeParse(JSON.parse(req.body.toString('utf8') || '{}'));
      if (!parsed.success) return void res.status(400).json({ error: parsed.error.issues[0]?.message });
      deps.faults.add(parsed.data);
      res.status(204).end();
    });
    app.delete('/__emulator/faults', (_req, res) => {
      deps.faults.clear();
      res.status(204).end();
    });
    app.get('/__emulator/stats', (_req, res) => void res.json(deps.flowLimits.stats()));
    app.delete('/__emulator/stats', (_req, res) => {
      deps.flowLimits.reset();
      res.status(204).end();
    });
    app.post('/__emulator/settings', (req, res) => {
      const parsed = settingsSchema.safeParse(JSON.parse(req.body.toString('utf8') || '{}'));
      if (!parsed.success) return void res.status(400).json({ error: parsed.error.issues[0]?.message });
      Object.assign(deps.settings, parsed.data);
      res.status(204).end();
    });
  }

  app.all('/{*splat}', async (req: Request, res: Response) => {
    const now = Date.now();
    const query = Object.fromEntries(new URL(req.originalUrl, 'http://gateway').searchParams);
    const metadata: Metadata = {
      RequestId: newRequestId(new Date(now)),
      Action: query.Action ?? '',
      Version: query.Version ?? '',
      Service: 'rtc',
      Region: deps.region,
    };
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    deps.received.push({ action: metadata.Action, body: rawBody.toString('utf8') });
    if (deps.received.length > RECEIVED_KEPT) deps.received.shift();
    try {
      if (!query.Action || !query.Version)
        throw new GatewayRejection('MissingParameter', 'Action and Version are required');
      verifySignature(
        { method: req.method, path: req.path, query, headers: req.headers, body: rawBody },
        { keys: deps.keys, region: deps.region, now },
      );
      const action = ACTIONS[query.Action];
      if (!action || query.Version !== VERSION || req.method !== 'POST') {
        throw new GatewayRejection(
          'InvalidActionOrVersion',
          `${query.Action} ${query.Version} is not a valid action and version`,
        );
      }
      const flowLimit = deps.flowLimits.for(query.Action);
      if (!flowLimit.admit(now))
        throw new GatewayRejection(
          'FlowLimitExceeded',
          `the account exceeded ${flowLimit.qps} QPS for ${query.Action}`,
        );

      if (deps.settings.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, deps.settings.latencyMs));
      const fault = deps.faults.take(query.Action);
      if (fault?.kind === 'timeout') return; // never answer; the caller's timeout must fire
      if (fault?.kind === 'malformed')
        return void res.status(200).type('application/json').send('{"ResponseMetadata": {"RequestId": "');
      if (fault?.kind === 'error-200')
        return send(res, 200, errorEnvelope(metadata, fault.code, 'injected error with HTTP 200', 0));
      if (fault?.kind === 'result') {
        return void res
          .status(200)
          .type('application/json')
          .send(`{"ResponseMetadata":${JSON.stringify(metadata)},"Result":${fault.result}}`);
      }
      if (fault?.kind === 'huge') {
        res.status(200).type('application/json');
        if (fault.declareLength) res.setHeader('Content-Length', String(fault.bytes));
        // The caller may hang up once it has seen enough; that's the point.
        return void hugeAnswer(JSON.stringify(metadata), fault.bytes)
          .pipe(res)
          .on('error', () => res.destroy());
      }
      if (fault?.kind === 'gateway-error') {
        const known = GATEWAY_ERRORS[fault.code as keyof typeof GATEWAY_ERRORS];
        return send(res, fault.status, errorEnvelope(metadata, fault.code, 'injected gateway error', known?.codeN));
      }

      const result = action({
        store: deps.store,
        body: parseBody(rawBody),
        nowSec: Math.floor(now / 1000),
        settings: deps.settings,
      });
      send(res, 200, { ResponseMetadata: metadata, Result: result });
    } catch (err) {
      if (!(err instanceof GatewayRejection)) {
        return send(
          res,
          500,
          errorEnvelope(metadata, 'InternalError', 'internal error', GATEWAY_ERRORS.InternalError.codeN),
        );
      }
      send(res, err.status, errorEnvelope(metadata, err.code, err.message, err.codeN));
    }
  });
  return app;
}
