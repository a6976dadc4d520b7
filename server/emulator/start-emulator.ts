import type { AddressInfo } from 'node:net';
import { DEFAULT_SETTINGS, type EmulatorSettings } from './emulator-action';
import { createEmulatorApp, type ReceivedRequest } from './emulator-app';
import { FaultQueue } from './faults';
import { FlowLimits } from './flow-limit';
import { createSeedStore } from './seed';

export interface EmulatorOptions {
  credentials: { accessKeyId: string; secretKey: string };
  region: string;
  qps: number;
  /** Per-action limits where they differ from `qps`. */
  qpsByAction?: Record<string, number>;
  settings?: Partial<EmulatorSettings>;
  port?: number;
  control?: boolean;
}

export type RunningEmulator = Awaited<ReturnType<typeof startEmulator>>;

/** Starts the emulator on loopback; the console reaches it over real HTTP, exactly as it reaches Volcengine. */
export async function startEmulator(options: EmulatorOptions) {
  const flowLimits = new FlowLimits(options.qps, options.qpsByAction);
  const settings: EmulatorSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const faults = new FaultQueue();
  const received: ReceivedRequest[] = [];
  const app = createEmulatorApp({
    store: createSeedStore(),
    keys: new Map([[options.credentials.accessKeyId, options.credentials.secretKey]]),
    region: options.region,
    flowLimits,
    settings,
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
    flowLimits,
    settings,
    faults,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
