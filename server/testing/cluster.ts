import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DEMO_APPS, DEMO_CREDENTIALS } from '../demo/demo-constants';
import { TEST_SERVICES } from './external-services';
import { freePort, SPAWN_TIMEOUT_MS } from './free-port';
import { startTcpProxy } from './tcp-proxy';
import { createPostgresDatabase } from './test-database';

export const CLUSTER_ADMIN = { username: 'cluster-admin', password: 'cluster-admin-password' };

/** Where Debian puts nginx; on PATH elsewhere. */
export const NGINX = ['/usr/sbin/nginx', 'nginx'].find((bin) => spawnSync(bin, ['-v']).status === 0) ?? null;

async function waitFor(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + SPAWN_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited early: ${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up: ${output()}`);
}

/**
 * A real cluster on loopback: PostgreSQL (a fresh database) and Redis (its own key prefix), each behind a TCP relay
 * the test can cut; the emulator as its own process; several console replicas from the bundled build; and nginx
 * in front of them with deploy/nginx.conf.
 */
export async function startCluster({
  replicas = 3,
  entry,
  env = {},
}: {
  replicas?: number;
  /** The path of a bundled entry point (index, emulator): the test's bundle, or dist/server for the bench. */
  entry: (name: string) => string;
  /** Extra settings for every replica. */
  env?: Record<string, string>;
}) {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx)');
  const dir = mkdtempSync(path.join(tmpdir(), 'imc-cluster-'));
  const processes: ChildProcess[] = [];
  const database = await createPostgresDatabase('imc_cluster');
  const pgUrl = new URL(TEST_SERVICES.postgres);
  const redisUrl = new URL(TEST_SERVICES.redis);
  const postgres = await startTcpProxy({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) });
  const redis = await startTcpProxy({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) });
  const viaPostgresProxy = new URL(database.url);
  viaPostgresProxy.host = `127.0.0.1:${postgres.port}`;

  const emulatorProcess = spawn(process.execPath, [entry('emulator')], {
    env: { ...process.env, EMULATOR_QPS: env.VOLC_QPS ?? '100', EMULATOR_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  processes.push(emulatorProcess);
  const emulatorUrl = await new Promise<string>((resolve, reject) => {
    createInterface({ input: emulatorProcess.stdout as NodeJS.ReadableStream }).once('line', resolve);
    emulatorProcess.once('exit', (code) => reject(new Error(`the emulator exited with ${code}`)));
  });

  const replicaEnv = {
    VOLC_ACCESSKEY: DEMO_CREDENTIALS.accessKeyId,
    VOLC_SECRETKEY: DEMO_CREDENTIALS.secretKey,
    VOLC_ENDPOINT: emulatorUrl,
    IM_APP_IDS: DEMO_APPS.map((a) => a.id).join(','),
    VOLC_QPS: '100',
    IM_BATCH_SIZE: '100',
    DATABASE_URL: viaPostgresProxy.toString(),
    REDIS_URL: `redis://127.0.0.1:${redis.port}`,
    REDIS_PREFIX: `imc-cluster-${randomUUID()}:`,
    ADMIN_USERNAME: CLUSTER_ADMIN.username,
    ADMIN_PASSWORD: CLUSTER_ADMIN.password,
    TRUST_PROXY: 'loopback',
    SHUTDOWN_GRACE_SECONDS: '20',
    LOG_LEVEL: 'warn',
    ...env,
  };
  const nodes = await Promise.all(
    Array.from({ length: replicas }, async (_, i) => {
      const port = await freePort();
      let output = '';
      const child = spawn(process.execPath, [entry('index')], {
        env: { ...process.env, ...replicaEnv, PORT: String(port), DATA_DIR: path.join(dir, `replica-${i}`) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (c: Buffer) => {
        output += c.toString();
      });
      child.stderr?.on('data', (c: Buffer) => {
        output += c.toString();
      });
      processes.push(child);
      const base = `http://127.0.0.1:${port}`;
      await waitFor(`${base}/readyz`, child, () => output);
      return { base, child, port, output: () => output };
    }),
  );

  const nginxPort = await freePort();
  const prefix = path.join(dir, 'nginx');
  // Workers may run as another user when nginx starts as root: let them write their temp files.
  for (const sub of ['', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(path.join(prefix, sub), { recursive: true });
    chmodSync(path.join(prefix, sub), 0o777);
  }
  const conf = readFileSync(path.resolve('deploy/nginx.conf'), 'utf8')
    .replaceAll('{{PREFIX}}', prefix)
    .replaceAll('{{LISTEN}}', `127.0.0.1:${nginxPort}`)
    .replace(
      '{{REPLICAS}}',
      nodes.map((n) => `server 127.0.0.1:${n.port} max_fails=1 fail_timeout=5s;`).join('\n    '),
    );
  const confFile = path.join(dir, 'nginx.conf');
  writeFileSync(confFile, conf);
  const nginx = spawn(NGINX, ['-c', confFile, '-p', prefix], { stdio: ['ignore', 'ignore', 'pipe'] });
  let nginxErrors = '';
  nginx.stderr?.on('data', (c: Buffer) => {
    nginxErrors += c.toString();
  });
  processes.push(nginx);
  const base = `http://127.0.0.1:${nginxPort}`;
  await waitFor(`${base}/healthz`, nginx, () => nginxErrors);

  return {
    base,
    nodes,
    emulatorUrl,
    postgres,
    redis,
    databaseUrl: database.url,
    async emulatorStats() {
      return (await (await fetch(`${emulatorUrl}/__emulator/stats`)).json()) as {
        throttled: number;
        byAction: Record<string, { calls: number; throttled: number; busiestWindow: number }>;
      };
    },
    resetEmulatorStats: () => fetch(`${emulatorUrl}/__emulator/stats`, { method: 'DELETE' }),
    async stop() {
      for (const child of processes) if (child.exitCode === null) child.kill('SIGKILL');
      postgres.close();
      redis.close();
      await database.drop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>;
