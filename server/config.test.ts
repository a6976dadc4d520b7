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
  ])('When %o is given, then it refuses to start naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
