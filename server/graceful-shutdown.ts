import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { Lifecycle } from './lifecycle';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const CANCELLED_JOBS_MS = 10_000;

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
  // Keep-alive connections that go idle after their last answer would otherwise hold the server open; a job whose
  // client went away keeps running (to its audit record) after its connection closed.
  while (!(done && lifecycle.inFlight === 0) && Date.now() < deadline) {
    server.closeIdleConnections();
    await sleep(100);
  }
  if (!done || lifecycle.inFlight > 0) {
    logger.warn({ inFlight: lifecycle.inFlight }, 'grace period over: cancelling lookups still running');
    lifecycle.cancelAll('the server is shutting down');
    // Cancelled jobs stop sending at once and write their audit records; give them time for that (a record
    // may wait for the database's write lock), then cut whatever is left.
    const cutoff = Date.now() + CANCELLED_JOBS_MS;
    while (lifecycle.inFlight > 0 && Date.now() < cutoff) await sleep(20);
    if (lifecycle.inFlight > 0) logger.error({ inFlight: lifecycle.inFlight }, 'lookups abandoned at shutdown');
    server.closeAllConnections();
    await closed;
  }
}
