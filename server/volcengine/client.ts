import type { Logger } from 'pino';
import { z } from 'zod';
import { postText, type TransportResponse, TransportTimeout } from './http-transport';
import { parseLossless } from './lossless';
import type { SlidingWindowLimiter } from './rate-limiter';
import { type Credentials, signRequest } from './sign';
import { UpstreamError } from './upstream-error';

export const API_VERSION = '2020-12-01';
const SERVICE = 'rtc';

export interface VolcClientOptions {
  endpoint: string;
  region: string;
  credentials: Credentials;
  timeoutMs: number;
  limiter: SlidingWindowLimiter;
  logger: Logger;
}

export interface UpstreamSuccess {
  result: unknown;
  requestId: string;
}

const metadataSchema = z.object({
  ResponseMetadata: z
    .object({
      RequestId: z.string().optional(),
      Error: z.object({ Code: z.string().optional(), Message: z.string().optional() }).passthrough().optional(),
    })
    .passthrough(),
  Result: z.unknown().optional(),
});

export type VolcClient = ReturnType<typeof createVolcClient>;

/** Calls Volcengine's OpenAPI: signs, rate-limits, times out, parses losslessly and maps errors. */
export function createVolcClient(options: VolcClientOptions) {
  const base = new URL(options.endpoint);
  const secrets = [options.credentials.secretKey, options.credentials.sessionToken].filter((s): s is string => !!s);

  // Gateway messages are shown to operators; make sure none can echo a credential back.
  const redact = (text: string) =>
    secrets
      .reduce((out, secret) => out.split(secret).join('[redacted]'), text)
      .replace(/[0-9a-f]{64}/gi, '[redacted]')
      .slice(0, 500);

  const fail = (httpStatus: number, code: string, message: string, requestId: string | null) =>
    UpstreamError.rejected(httpStatus, { code, message: redact(message), requestId });

  async function send(action: string, body: string): Promise<UpstreamSuccess> {
    const query = { Action: action, Version: API_VERSION };
    const url = new URL(base);
    url.search = new URLSearchParams(query).toString();
    // Host is signed (as the Go SDK does) but fetch sets the header itself, from the same URL.
    const { Host: _host, ...headers } = signRequest({
      method: 'POST',
      host: url.host,
      path: url.pathname,
      query,
      body,
      region: options.region,
      service: SERVICE,
      credentials: options.credentials,
      date: new Date(),
    });
    let response: TransportResponse;
    try {
      response = await postText(url, { ...headers, 'Content-Type': 'application/json' }, body, options.timeoutMs);
    } catch (err) {
      if (err instanceof TransportTimeout) throw UpstreamError.timeout(options.timeoutMs);
      throw UpstreamError.unreachable((err as NodeJS.ErrnoException).code ?? 'network error');
    }
    const ok = response.status >= 200 && response.status < 300;
    const text = response.text;
    let parsed: z.infer<typeof metadataSchema>;
    try {
      parsed = metadataSchema.parse(parseLossless(text));
    } catch {
      if (!ok) throw fail(response.status, `HTTP${response.status}`, 'the answer was not JSON', null);
      throw UpstreamError.badAnswer('MalformedResponse', 'the answer was not valid JSON', null, response.status);
    }
    const requestId = parsed.ResponseMetadata.RequestId ?? null;
    const error = parsed.ResponseMetadata.Error;
    // An HTTP 200 can still carry an Error: success needs both.
    if (error || !ok) {
      throw fail(
        response.status,
        error?.Code ?? `HTTP${response.status}`,
        error?.Message ?? response.statusText,
        requestId,
      );
    }
    if (parsed.Result === undefined) {
      throw UpstreamError.badAnswer('MissingResult', 'no Result in a successful answer', requestId, response.status);
    }
    return { result: parsed.Result, requestId: requestId ?? '' };
  }

  async function attempt(action: string, body: string): Promise<UpstreamSuccess> {
    const started = performance.now();
    try {
      const success = await options.limiter.schedule(() => send(action, body));
      options.logger.debug(
        { action, requestId: success.requestId, ms: Math.round(performance.now() - started) },
        'upstream ok',
      );
      return success;
    } catch (err) {
      if (err instanceof UpstreamError) {
        options.logger.warn(
          {
            action,
            upstream: err.upstream,
            upstreamStatus: err.upstreamStatus,
            ms: Math.round(performance.now() - started),
          },
          'upstream failed',
        );
      }
      throw err;
    }
  }

  return {
    /** One call, retried once on throttling or a temporarily unavailable service. */
    async call(action: string, body: string): Promise<UpstreamSuccess> {
      try {
        return await attempt(action, body);
      } catch (err) {
        if (err instanceof UpstreamError && err.retryable) return attempt(action, body);
        throw err;
      }
    },
  };
}
