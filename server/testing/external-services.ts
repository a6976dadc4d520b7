import { connect } from 'node:net';

/** Where tests find the external services; each run uses its own database and key prefix there. */
export const TEST_SERVICES = {
  postgres: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  redis: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
};

export type ServiceName = keyof typeof TEST_SERVICES;

/** The command that starts (or installs) the services and runs every test that needs them. */
export const SERVICES_COMMAND = 'npm run test:services';

/** True when something accepts TCP connections at the service's host and port. */
export function reachable(url: string, timeoutMs = 1000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
