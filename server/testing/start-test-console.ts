import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createApp } from '../app';
import { type AppConfig, loadConfig } from '../config';
import { startEmulator } from '../emulator/start-emulator';
import { createLogger } from '../logger';

export interface TestConsoleOptions {
  env?: Record<string, string>;
  /** Credentials the console signs with, when they should differ from what the emulator accepts. */
  credentials?: AppConfig['credentials'];
  emulatorQps?: number;
}

/** The console and its emulator on real loopback HTTP, with every log line captured. */
export async function startTestConsole(options: TestConsoleOptions = {}) {
  const config = loadConfig({ LOG_LEVEL: 'debug', ...options.env });
  const emulator = await startEmulator({
    credentials: config.credentials,
    region: config.region,
    qps: options.emulatorQps ?? config.qps,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = createApp({
    config: options.credentials ? { ...config, credentials: options.credentials } : config,
    endpoint: emulator.url,
    logger: createLogger('debug', sink),
    clientDir: '/nonexistent',
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    base,
    config,
    emulator,
    logs,
    /** Upstream requests seen by the emulator since the last call to this. */
    takeReceived: () => emulator.received.splice(0),
    post: (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(base + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await emulator.close();
    },
  };
}
export type TestConsole = Awaited<ReturnType<typeof startTestConsole>>;
