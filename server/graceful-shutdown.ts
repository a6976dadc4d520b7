import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { Lifecycle } from './lifecycle';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * On SIGTERM: report not ready, stop accepting connections, let requests in flight finish (up to the grace
 * period), cancel lookups still running then (each writes its audit record as cancelled), and close.
 * Resolves once nothing is left to wait for; the caller then closes the database and exits 0.
 */
export async function drainServer(server: Server, lifecycle: Lifecycle, graceMs: number, logger: Logger) {
  lifecycle.drain();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const deadline = Date.now() + graceMs;
  let done = false;
  void closed.then(() => {
    done = true;
  });
  // Keep-alive connections that go idle after their last answer would otherwise hold the server open.
  while (!done && Date.now() < deadline) {
    server.closeIdleConnections();
    await sleep(100);
  }
  if (!done) {
    logger.warn({ inFlight: lifecycle.inFlight }, 'grace period over: cancelling lookups still running');
    lifecycle.cancelAll('the server is shutting down');
    // Cancelled jobs audit and answer within moments; then whatever is left is cut.
    for (let i = 0; i < 50 && lifecycle.inFlight > 0; i += 1) await sleep(20);
    server.closeAllConnections();
    await closed;
  }
}
