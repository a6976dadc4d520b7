import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('When no access key is set, then it runs in demo mode with the demo apps and defaults', () => {
    const config = loadConfig({ VOLC_ACCESSKEY: '' });
    expect(config.demo).toBe(true);
    expect(config.endpoint).toBeNull();
    expect(config.apps.map((a) => a.id)).toEqual(['100001', '100002']);
    expect(config).toMatchObject({ qps: 100, batchSize: 100, port: 8080, host: '127.0.0.1', region: 'cn-north-1' });
  });

  it('When credentials and apps are set, then it parses labels and keeps large AppIds as strings', () => {
    const config = loadConfig({
      VOLC_ACCESSKEY: 'AK',
      VOLC_SECRETKEY: 'SK',
      IM_APP_IDS: '123456:Prod, 654321:Staging:EU ,777',
      VOLC_ENDPOINT: 'http://127.0.0.1:9',
    });
    expect(config.demo).toBe(false);
    expect(config.apps).toEqual([
      { id: '123456', label: 'Prod' },
      { id: '654321', label: 'Staging:EU' },
      { id: '777', label: '777' },
    ]);
    expect(config.endpoint).toBe('http://127.0.0.1:9');
  });

  it('When PUBLIC_ORIGIN is set, then it is kept as an origin string; unset, it is null', () => {
    expect(loadConfig({ PUBLIC_ORIGIN: 'HTTPS://Console.Example.com:443/' }).publicOrigin).toBe(
      'https://console.example.com',
    );
    expect(loadConfig({ PUBLIC_ORIGIN: 'http://10.1.2.3:8443' }).publicOrigin).toBe('http://10.1.2.3:8443');
    expect(loadConfig({}).publicOrigin).toBeNull();
  });

  it('When per-action budgets and the lookup limits are set, then they are read as numbers', () => {
    const config = loadConfig({
      VOLC_QPS_BY_ACTION: 'ScanConversationParticipantList=50, BatchGetConversations=20',
      IM_MAX_USER_IDS: '20000',
      IM_SCAN_LIMIT: '50',
    });
    expect(config.qpsByAction).toEqual({ ScanConversationParticipantList: 50, BatchGetConversations: 20 });
    expect(config).toMatchObject({ maxUserIds: 20_000, scanLimit: 50, upstreamMaxBytes: 8 * 1024 * 1024 });
  });

  it.each([
    [{ VOLC_QPS: '0' }, 'VOLC_QPS'],
    [{ IM_BATCH_SIZE: 'many' }, 'IM_BATCH_SIZE'],
    [{ PORT: '70000' }, 'PORT'],
    [{ VOLC_ENDPOINT: 'ftp://example.com' }, 'VOLC_ENDPOINT'],
    [{ IM_APP_IDS: 'abc:Prod' }, 'IM_APP_IDS'],
    [{ VOLC_ACCESSKEY: 'AK', IM_APP_IDS: '1' }, 'VOLC_SECRETKEY'],
    [{ VOLC_ACCESSKEY: 'AK', VOLC_SECRETKEY: 'SK' }, 'IM_APP_IDS'],
    [{ SQLITE_SYNCHRONOUS: 'off' }, 'SQLITE_SYNCHRONOUS'],
    [{ LOOKUP_REASON: 'sometimes' }, 'LOOKUP_REASON'],
    [{ ADMIN_USERNAME: 'boss' }, 'ADMIN_PASSWORD'],
    [{ PUBLIC_ORIGIN: 'console.example.com' }, 'PUBLIC_ORIGIN'],
    [{ PUBLIC_ORIGIN: 'ftp://console.example.com' }, 'PUBLIC_ORIGIN'],
    [{ PUBLIC_ORIGIN: 'https://console.example.com/imc' }, 'PUBLIC_ORIGIN'],
    [{ PUBLIC_ORIGIN: 'https://console.example.com/?a=1' }, 'PUBLIC_ORIGIN'],
    [{ PUBLIC_ORIGIN: 'https://user:pw@console.example.com' }, 'PUBLIC_ORIGIN'],
    [{ VOLC_QPS_BY_ACTION: 'Scan=fast' }, 'VOLC_QPS_BY_ACTION'],
    [{ VOLC_QPS_BY_ACTION: 'Scan=0' }, 'VOLC_QPS_BY_ACTION'],
    [{ IM_MAX_USER_IDS: '500000' }, 'IM_MAX_USER_IDS'],
    [{ DATABASE_URL: 'mysql://db/console' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://redis:6379' }, 'REDIS_URL'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ UPSTREAM_MAX_BYTES: '-1' }, 'UPSTREAM_MAX_BYTES'],
  ])('When %o is given, then it refuses to start naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
