import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_APPS, DEMO_CREDENTIALS } from '../server/demo/demo-constants';

export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const ADMIN = { username: 'bench-admin', password: 'bench-password-123' };

export interface ConsoleProcess {
  base: string;
  /** Cookie header of a signed-in admin. */
  cookie: string;
  emulatorBase: string;
  child: ChildProcess;
  rssMb(): number;
  /** Creates an operator through the admin API and returns a Cookie header of theirs. */
  createOperator(username: string, role: 'viewer' | 'admin', apps: string[]): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Runs the built console as its own process, exactly as `npm start` does: in demo mode with its embedded emulator,
 * or, given `upstream`, against an emulator running elsewhere with the demo credentials as if they were real.
 */
export async function startConsoleProcess(
  env: Record<string, string>,
  { upstream }: { upstream?: string } = {},
): Promise<ConsoleProcess> {
  const [port, emulatorPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'imc-bench-'));
  const child = spawn(
    process.execPath,
    [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), 'dist/server/index.js'],
    {
      env: {
        ...process.env,
        VOLC_ACCESSKEY: '',
        PORT: String(port),
        EMULATOR_PORT: String(emulatorPort),
        EMULATOR_CONTROL: '1',
        DATA_DIR: dataDir,
        ADMIN_USERNAME: ADMIN.username,
        ADMIN_PASSWORD: ADMIN.password,
        ...(upstream
          ? {
              VOLC_ACCESSKEY: DEMO_CREDENTIALS.accessKeyId,
              VOLC_SECRETKEY: DEMO_CREDENTIALS.secretKey,
              VOLC_ENDPOINT: upstream,
              IM_APP_IDS: DEMO_APPS.map((a) => a.id).join(','),
            }
          : {}),
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      if (i > 200) throw new Error('the console did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const signIn = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (!signIn.ok) throw new Error(`bench sign-in failed with HTTP ${signIn.status}`);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    base,
    cookie,
    emulatorBase: `http://127.0.0.1:${emulatorPort}`,
    child,
    async createOperator(username, role, apps) {
      const password = `${username}-password-1`;
      const created = await fetch(`${base}/api/operators`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify({ username, password, role, apps }),
      });
      if (!created.ok) throw new Error(`creating ${username} failed with HTTP ${created.status}`);
      const res = await fetch(`${base}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    },
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
