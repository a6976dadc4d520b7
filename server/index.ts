import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { scheduleAuditHeadLog } from './audit/audit-head-log';
import { scheduleAuditRetention } from './audit/audit-retention';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/database';
import { drainServer } from './graceful-shutdown';
import { createHttpServer } from './http/server-limits';
import { createLogger } from './logger';
import { startMetricsServer } from './metrics/metrics-routes';
import { ensureFirstAdmin } from './operators/first-admin';
import { demoStartBanner } from './operators/start-banner';
import { createServices } from './services';

/** In demo mode, the built-in emulator; loaded on demand so production never carries it. */
async function startDemoUpstream(config: ReturnType<typeof loadConfig>) {
  if (!config.demo) return null;
  const { startEmulator } = await import('./emulator/start-emulator');
  return startEmulator({
    credentials: config.credentials,
    region: config.region,
    qps: config.qps,
    port: config.emulatorPort,
    control: config.emulatorControl,
  });
}

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    sqliteSynchronous: config.sqliteSynchronous,
  });
  if (config.databaseUrl && !config.redisUrl) {
    logger.warn(
      'DATABASE_URL is set but REDIS_URL is not: the upstream budget (VOLC_QPS) and the sign-in limits are per ' +
        "process. Several replicas will together exceed Volcengine's per-account limit. Set REDIS_URL.",
    );
  }
  const emulator = await startDemoUpstream(config);
  const services = await createServices(config, {
    database,
    logger,
    endpoint: emulator?.url ?? config.endpoint ?? '',
  });
  const app = createApp(services);
  const generated = await ensureFirstAdmin(services.repositories.operators, services.operators, config);
  const stopRetention = config.auditRetentionDays
    ? await scheduleAuditRetention(services.audit, config.auditRetentionDays, logger)
    : () => {};
  // After the purge, so the head logged at start is the one the trail has from then on.
  const stopHeadLog = scheduleAuditHeadLog(services.audit, logger);

  const server = createHttpServer(app).listen(config.port, config.host);
  server.on('listening', () => {
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    logger.info(
      { url, demo: config.demo, region: config.region, apps: config.apps.map((a) => a.id), dataDir: config.dataDir },
      'console listening',
    );
    if (config.demo) void demoStartBanner(url, services.repositories.operators, generated).then(console.log);
  });
  server.on('error', (err) => {
    logger.fatal({ err }, 'could not start');
    process.exit(1);
  });

  const metricsServer = config.metricsPort
    ? startMetricsServer(services.metrics, config.metricsPort, config.host)
    : null;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceSeconds: config.shutdownGraceMs / 1000 }, 'shutting down');
    stopRetention();
    stopHeadLog();
    await drainServer(server, services.lifecycle, config.shutdownGraceMs, logger);
    metricsServer?.close();
    await services.close();
    await database.close();
    await emulator?.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));
}

main().catch((err: Error) => {
  console.error(err instanceof ConfigError ? err.message : `Could not start: ${err.message}`);
  process.exit(1);
});
