import type { AddressInfo } from 'node:net';
import { createEmulatorApp, type ReceivedRequest } from './emulator-app';
import { FaultQueue } from './faults';
import { FlowLimit } from './flow-limit';
import { createSeedStore } from './seed';

export interface EmulatorOptions {
  credentials: { accessKeyId: string; secretKey: string };
  region: string;
  qps: number;
  port?: number;
  control?: boolean;
}

export type RunningEmulator = Awaited<ReturnType<typeof startEmulator>>;

/** Starts the emulator on loopback; the console reaches it over real HTTP, exactly as it reaches Volcengine. */
export async function startEmulator(options: EmulatorOptions) {
  const flowLimit = new FlowLimit(options.qps);
  const faults = new FaultQueue();
  const received: ReceivedRequest[] = [];
  const app = createEmulatorApp({
    store: createSeedStore(),
    keys: new Map([[options.credentials.accessKeyId, options.credentials.secretKey]]),
    region: options.region,
    flowLimit,
    faults,
    control: options.control ?? false,
    received,
  });
  const server = app.listen(options.port ?? 0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    flowLimit,
    faults,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
