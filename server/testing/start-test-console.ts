import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { OperatorRole } from '../../contract/session';
import { createApp } from '../app';
import type { SignInLimits } from '../auth/sign-in-limiter';
import { type AppConfig, loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { startEmulator } from '../emulator/start-emulator';
import { createLogger } from '../logger';
import { createServices } from '../services';

export interface TestConsoleOptions {
  env?: Record<string, string>;
  /** Credentials the console signs with, when they should differ from what the emulator accepts. */
  credentials?: AppConfig['credentials'];
  emulatorQps?: number;
  signInLimits?: SignInLimits;
  /** A built client to serve; none by default. */
  clientDir?: string;
}

export const ADMIN = { username: 'root-admin', password: 'admin-password-123' };
const CLI_ACTOR = { operatorId: null, username: 'test-setup', ip: null };

/**
 * The console and its emulator on real loopback HTTP, a real SQLite file in a temp folder, every log
 * line captured, a clock tests can move, and an admin signed in.
 */
export async function startTestConsole(options: TestConsoleOptions = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'imc-test-'));
  const config = loadConfig({ LOG_LEVEL: 'debug', DATA_DIR: dataDir, ...options.env });
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
  const clock = { offsetMs: 0 };
  const db = openDatabase(dataDir, config.sqliteSynchronous);
  const services = createServices(options.credentials ? { ...config, credentials: options.credentials } : config, {
    db,
    logger: createLogger('debug', sink),
    endpoint: emulator.url,
    now: () => Date.now() + clock.offsetMs,
    signInLimits: options.signInLimits,
  });
  const app = createApp(services, { clientDir: options.clientDir ?? '/nonexistent' });
  const server = app.listen(0, '127.0.0.1');
  // The tests' fetch shares this process. When a test stalls the event loop (a big synchronous SQLite transaction,
  // a busy machine) past the server's 5 s keep-alive timeout, the server closes an idle socket just as fetch reuses
  // it: ECONNRESET. Here only the client ends idle sockets (undici, after 4 s), so the two never race.
  server.keepAliveTimeout = 0;
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const signIn = (username: string, password: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ username, password }),
    });
  const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  async function createOperator(username: string, password: string, role: OperatorRole, apps: string[]) {
    await services.operators.create({ username, password, role, apps }, CLI_ACTOR);
  }
  /** Creates an operator and returns a Cookie header value for a fresh session of theirs. */
  async function operatorCookie(username: string, role: OperatorRole, apps: string[]) {
    const password = `${username}-password-123`;
    await createOperator(username, password, role, apps);
    return cookieOf(await signIn(username, password));
  }

  await createOperator(ADMIN.username, ADMIN.password, 'admin', ['*']);
  const adminCookie = cookieOf(await signIn(ADMIN.username, ADMIN.password));

  return {
    base,
    services,
    config,
    emulator,
    logs,
    db,
    dataDir,
    clock,
    adminCookie,
    signIn,
    cookieOf,
    createOperator,
    operatorCookie,
    /** Upstream requests seen by the emulator since the last call to this. */
    takeReceived: () => emulator.received.splice(0),
    /** POSTs as the signed-in admin unless headers say otherwise (e.g. `Cookie: ''`). */
    post: (urlPath: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(base + urlPath, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: adminCookie, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    get: (urlPath: string, headers: Record<string, string> = {}) =>
      fetch(base + urlPath, { headers: { Cookie: adminCookie, ...headers } }),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await emulator.close();
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
export type TestConsole = Awaited<ReturnType<typeof startTestConsole>>;
