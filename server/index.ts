import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { scheduleAuditHeadLog } from './audit/audit-head-log';
import { scheduleAuditRetention } from './audit/audit-retention';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/open-database';
import { createLogger } from './logger';
import { ensureFirstAdmin } from './operators/first-admin';
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
  const db = openDatabase(config.dataDir, config.sqliteSynchronous);
  const emulator = await startDemoUpstream(config);
  const services = createServices(config, { db, logger, endpoint: emulator?.url ?? config.endpoint ?? '' });
  const app = createApp(services);
  const generated = await ensureFirstAdmin(services.repositories.operators, services.operators, config);
  const stopRetention = config.auditRetentionDays
    ? scheduleAuditRetention(services.audit, config.auditRetentionDays, logger)
    : () => {};
  // After the purge, so the head logged at start is the one the trail has from then on.
  const stopHeadLog = scheduleAuditHeadLog(services.audit, logger);

  const server = app.listen(config.port, config.host);
  server.on('listening', () => {
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    logger.info(
      { url, demo: config.demo, region: config.region, apps: config.apps.map((a) => a.id), dataDir: config.dataDir },
      'console listening',
    );
    if (config.demo) console.log(`\n  IM Participant Console (demo data): ${url}`);
    // Printed once, to the terminal only: it is never logged, and the next start finds the operator exists.
    if (generated)
      console.log(`  First start: sign in as "${generated.username}" with password ${generated.password}\n`);
  });
  server.on('error', (err) => {
    logger.fatal({ err }, 'could not start');
    process.exit(1);
  });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    stopRetention();
    stopHeadLog();
    server.close(() => {
      db.close();
      void emulator?.close().finally(() => process.exit(0));
      if (!emulator) process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: Error) => {
  console.error(err instanceof ConfigError ? err.message : `Could not start: ${err.message}`);
  process.exit(1);
});
