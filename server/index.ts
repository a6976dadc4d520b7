import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { startEmulator } from './emulator/start-emulator';
import { createLogger } from './logger';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);

  const emulator = config.demo
    ? await startEmulator({
        credentials: config.credentials,
        region: config.region,
        qps: config.qps,
        port: config.emulatorPort,
        control: config.emulatorControl,
      })
    : null;
  const endpoint = emulator?.url ?? config.endpoint ?? '';
  const server = createApp({ config, endpoint, logger }).listen(config.port, config.host);
  server.on('listening', () => {
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    logger.info(
      { url, demo: config.demo, region: config.region, apps: config.apps.map((a) => a.id) },
      'console listening',
    );
    if (config.demo) console.log(`\n  IM Participant Console (demo data): ${url}\n`);
  });
  server.on('error', (err) => {
    logger.fatal({ err }, 'could not start');
    process.exit(1);
  });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => void emulator?.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: Error) => {
  console.error(`Could not start: ${err.message}`);
  process.exit(1);
});
