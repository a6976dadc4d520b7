import { createServer, type RequestListener, type Server } from 'node:http';

/** How long the console lets a client take, and how many connections it holds at once. */
export interface ServerLimits {
  /** From a request's first byte until its headers are complete. */
  headersTimeoutMs: number;
  /** From a request's first byte until its body has arrived. It bounds receiving, not answering. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** How often Node sweeps connections for the two request timeouts above. */
  checkIntervalMs: number;
  /** Connections beyond this are closed as soon as they are accepted. */
  maxConnections: number;
}

export const SERVER_LIMITS: ServerLimits = {
  // A browser sends its headers in one go; ten seconds covers a bad mobile link many times over, while a
  // slow-loris client (headers a byte at a time) is cut off instead of holding a slot for Node's 60 s.
  headersTimeoutMs: 10_000,
  // Bodies are at most 100 kB, so 30 s is ample. Node's default of 300 s let slow uploads sit for
  // 5 minutes. Responses are not bounded by it: a long streamed answer keeps going.
  requestTimeoutMs: 30_000,
  // Longer than the 60 s idle timeout of common proxies and load balancers (nginx upstream keepalive,
  // AWS ALB), so the proxy closes an idle connection first and never reuses one we are closing.
  keepAliveTimeoutMs: 65_000,
  // Node's default sweep runs every 30 s, which would let a 10 s header timeout stretch to 40 s.
  checkIntervalMs: 1_000,
  // A moderation team needs tens of connections (a browser opens up to 6); 512 leaves wide room while
  // keeping sockets well under the usual limit of 1024 open files, next to SQLite and upstream sockets.
  maxConnections: 512,
};

/** An HTTP server for the console's app with the limits above (or a test's tighter ones). */
export function createHttpServer(app: RequestListener, limits: ServerLimits = SERVER_LIMITS): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    app,
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  return server;
}
