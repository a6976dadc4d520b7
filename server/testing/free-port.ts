import { createServer } from 'node:net';

/** How long a spawned process may take to start: generous, for a cold start on a busy 2-core machine. */
export const SPAWN_TIMEOUT_MS = 60_000;

/** A loopback port nothing listens on right now. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
