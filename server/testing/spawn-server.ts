import { type ChildProcess, spawn } from 'node:child_process';
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

export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a process to completion, feeding it `stdin`. Asynchronous on purpose: spawnSync would stall this process's
 * event loop, and with it the test console it hosts. A stall longer than the server's keep-alive timeout makes the
 * server and fetch's pool drop the same idle socket at once, and the next request fails with ECONNRESET.
 */
function runToExit(args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), SPAWN_TIMEOUT_MS);
    child.once('error', reject);
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    // A CLI that exits before reading all of stdin closes the pipe; that is its business, not a test failure.
    child.stdin.once('error', () => {});
    child.stdin.end(stdin);
  });
}

/** Runs the bundled server expecting it to refuse to start; resolves with its exit status and output. */
export function runServerExpectingExit(env: Record<string, string>): Promise<ProcessResult> {
  return runToExit([bundled('index')], {
    ...process.env,
    VOLC_ACCESSKEY: '',
    PORT: '0',
    ADMIN_USERNAME: '',
    ADMIN_PASSWORD: '',
    ...env,
  });
}

/** Runs a bundled CLI to completion with the given stdin. */
export function runCli(entry: string, args: string[], env: Record<string, string>, stdin = ''): Promise<ProcessResult> {
  return runToExit([bundled(entry), ...args], { ...process.env, VOLC_ACCESSKEY: '', ...env }, stdin);
}
