import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import SQLite from 'better-sqlite3';
import type { OperatorRole } from '../../contract/session';
import { createApp } from '../app';
import type { SignInLimits } from '../auth/sign-in-limiter';
import { type AppConfig, loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { startEmulator } from '../emulator/start-emulator';
import { createHttpServer, SERVER_LIMITS, type ServerLimits } from '../http/server-limits';
import { SESSION_COOKIE } from '../http/session-cookie';
import { createLogger } from '../logger';
import { createServices } from '../services';
import { createPostgresDatabase } from './test-database';

export interface TestConsoleOptions {
  env?: Record<string, string>;
  /** Credentials the console signs with, when they should differ from what the emulator accepts. */
  credentials?: AppConfig['credentials'];
  emulatorQps?: number;
  /** The emulator's per-action limits, where they differ. */
  emulatorQpsByAction?: Record<string, number>;
  signInLimits?: SignInLimits;
  /** Keep operators, sessions and the audit trail in a fresh PostgreSQL database instead of SQLite. */
  postgres?: boolean;
  /** A built client to serve; none by default. */
  clientDir?: string;
  /** Tighter HTTP server limits, for tests of slow or numerous clients. */
  serverLimits?: Partial<ServerLimits>;
  /** A port chosen beforehand (when PUBLIC_ORIGIN must name it); a random free one by default. */
  port?: number;
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
    qpsByAction: options.emulatorQpsByAction,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const clock = { offsetMs: 0 };
  const pgDatabase = options.postgres ? await createPostgresDatabase() : null;
  const database = await openDatabase({
    url: pgDatabase?.url ?? null,
    dataDir,
    sqliteSynchronous: config.sqliteSynchronous,
  });
  // A second, raw connection to the SQLite file, as any other client of it would have (tests use it to look
  // behind the console's back).
  const db = pgDatabase ? null : new SQLite(path.join(dataDir, 'console.db'));
  const services = await createServices(
    options.credentials ? { ...config, credentials: options.credentials } : config,
    {
      database,
      logger: createLogger('debug', sink),
      endpoint: emulator.url,
      now: () => Date.now() + clock.offsetMs,
      signInLimits: options.signInLimits,
    },
  );
  const app = createApp(services, { clientDir: options.clientDir ?? '/nonexistent' });
  const server = createHttpServer(app, { ...SERVER_LIMITS, ...options.serverLimits }).listen(
    options.port ?? 0,
    '127.0.0.1',
  );
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
  // With Redis configured, sign-in needs it connected; give a reachable one a moment (an unreachable one never is).
  const redisDown = async () => {
    const { redis } = await services.readiness();
    return redis !== undefined && redis !== 'ok';
  };
  for (let i = 0; i < 40 && (await redisDown()); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const signedIn = await signIn(ADMIN.username, ADMIN.password);
  // When sign-in itself is down (its limits live in an unreachable Redis), tests still need a session.
  const adminId = (await services.repositories.operators.findByUsername(ADMIN.username))?.id ?? 0;
  const adminCookie = signedIn.ok
    ? cookieOf(signedIn)
    : `${SESSION_COOKIE}=${await services.repositories.sessions.create(adminId, Date.now())}`;

  return {
    base,
    services,
    config,
    emulator,
    logs,
    /** The database the console uses (SQLite or PostgreSQL). */
    database,
    /** Its URL when on PostgreSQL (for CLIs and raw clients), else null. */
    databaseUrl: pgDatabase?.url ?? null,
    /** A raw second connection to the SQLite file; null when the console runs on PostgreSQL. */
    get db(): SQLite.Database {
      if (!db) throw new Error('this test console runs on PostgreSQL: use t.database');
      return db;
    },
    dataDir,
    clock,
    adminCookie,
    signIn,
    cookieOf,
    createOperator,
    operatorCookie,
    /** Upstream requests seen by the emulator since the last call to this; only `action`'s when given. */
    takeReceived: (action?: string) => emulator.received.splice(0).filter((r) => !action || r.action === action),
    /** POSTs as the signed-in admin unless headers say otherwise (e.g. `Cookie: ''`). */
    post: (urlPath: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal) =>
      fetch(base + urlPath, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: adminCookie, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
        signal,
      }),
    /** Polls `probe` until it returns something, for state that settles after a response (never a fixed sleep). */
    async waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error('waitFor: the state never came');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    get: (urlPath: string, headers: Record<string, string> = {}) =>
      fetch(base + urlPath, { headers: { Cookie: adminCookie, ...headers } }),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await emulator.close();
      await services.close();
      db?.close();
      await database.close();
      await pgDatabase?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
export type TestConsole = Awaited<ReturnType<typeof startTestConsole>>;
