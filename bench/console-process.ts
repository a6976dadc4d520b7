import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

export interface ConsoleProcess {
  base: string;
  emulatorBase: string;
  child: ChildProcess;
  rssMb(): number;
  stop(): Promise<void>;
}

/** Runs the built console in demo mode as its own process, exactly as `npm start` does. */
export async function startConsoleProcess(env: Record<string, string>): Promise<ConsoleProcess> {
  const [port, emulatorPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, ['dist/server/index.js'], {
    env: {
      ...process.env,
      VOLC_ACCESSKEY: '',
      PORT: String(port),
      EMULATOR_PORT: String(emulatorPort),
      EMULATOR_CONTROL: '1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      if (i > 200) throw new Error('the console did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    base,
    emulatorBase: `http://127.0.0.1:${emulatorPort}`,
    child,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
