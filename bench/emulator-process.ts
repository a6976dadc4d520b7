import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** The built emulator as its own process, as a remote gateway would be: its work never shares our event loop. */
export async function startEmulatorProcess(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['dist/server/emulator.js'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the emulator exited with code ${code}`)));
  });
  return {
    url,
    async inject(fault: Record<string, unknown>) {
      const res = await fetch(`${url}/__emulator/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(fault),
      });
      if (!res.ok) throw new Error(`fault injection failed: HTTP ${res.status}`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
