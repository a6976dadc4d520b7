import { z } from 'zod';
import { DEMO_CREDENTIALS } from '../demo/demo-constants';
import { startEmulator } from './start-emulator';

/**
 * The emulator as a process of its own, standing in for Volcengine's gateway for several consoles at once
 * (benchmarks and the cluster test). It accepts the demo credentials unless EMULATOR_ACCESSKEY/SECRETKEY say
 * otherwise, and prints its URL on the first line of stdout.
 */
const env = z
  .object({
    EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    EMULATOR_QPS: z.coerce.number().int().min(1).default(100),
    EMULATOR_REGION: z.string().default('cn-north-1'),
    EMULATOR_LATENCY_MS: z.coerce.number().int().min(0).default(0),
    EMULATOR_ACCESSKEY: z.string().default(DEMO_CREDENTIALS.accessKeyId),
    EMULATOR_SECRETKEY: z.string().default(DEMO_CREDENTIALS.secretKey),
  })
  .parse(process.env);

const emulator = await startEmulator({
  credentials: { accessKeyId: env.EMULATOR_ACCESSKEY, secretKey: env.EMULATOR_SECRETKEY },
  region: env.EMULATOR_REGION,
  qps: env.EMULATOR_QPS,
  settings: { latencyMs: env.EMULATOR_LATENCY_MS },
  port: env.EMULATOR_PORT,
  control: true,
});
console.log(emulator.url);
const stop = () => void emulator.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
