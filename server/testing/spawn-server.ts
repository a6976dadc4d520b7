import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { freePort, SPAWN_TIMEOUT_MS } from './free-port';

/** The path of a bundled entry point (index, operators-cli …) built for this test run. */
export const bundled = (entry: string) => path.join(inject('serverBundle'), `${entry}.js`);

/** Runs the bundled server as its own process (for crash and start-up tests), resolving once it listens. */
export async function spawnServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; base: string; stdout: () => string }> {
  const port = await freePort();
  let out = '';
  const child = spawn(process.execPath, [bundled('index')], {
    env: { ...process.env, VOLC_ACCESSKEY: '', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + SPAWN_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${out}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { child, base, stdout: () => out };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${out}`);
}

/** Runs the bundled server expecting it to refuse to start; returns its exit status and stderr. */
export function runServerExpectingExit(env: Record<string, string>) {
  const run = spawnSync(process.execPath, [bundled('index')], {
    env: { ...process.env, VOLC_ACCESSKEY: '', PORT: '0', ADMIN_USERNAME: '', ADMIN_PASSWORD: '', ...env },
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT_MS,
  });
  return { status: run.status, stderr: run.stderr };
}

/** Runs a bundled CLI to completion with the given stdin. */
export function runCli(entry: string, args: string[], env: Record<string, string>, stdin = '') {
  return spawnSync(process.execPath, [bundled(entry), ...args], {
    env: { ...process.env, VOLC_ACCESSKEY: '', ...env },
    input: stdin,
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT_MS,
  });
}
