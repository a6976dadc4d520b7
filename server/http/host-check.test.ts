import { describe, expect, it } from 'vitest';
import { hostAllowList } from './host-check';

describe('hostAllowList', () => {
  it.each([
    ['127.0.0.1', null, 'localhost', true],
    ['127.0.0.1', null, 'LOCALHOST', true],
    ['127.0.0.1', null, '[::1]', true],
    ['127.0.0.1', null, '[0:0:0:0:0:0:0:1]', true],
    ['127.0.0.1', null, 'rebind.example', false],
    ['127.0.0.1', null, '10.0.0.5', false],
    ['127.0.0.1', null, '127.0.0.1.nip.io', false],
    ['10.0.0.5', null, '10.0.0.5', true],
    ['10.0.0.5', null, '10.0.0.6', false],
    ['fd00::5', null, '[FD00:0::5]', true],
    ['console.internal', null, 'Console.Internal', true],
    ['console.internal', null, '10.0.0.5', false],
    ['0.0.0.0', null, '10.0.0.5', true],
    ['0.0.0.0', null, '[fe80::1]', true],
    ['0.0.0.0', null, '0x7f.0.0.1', false],
    ['0.0.0.0', null, 'rebind.example', false],
    ['::', null, '192.168.1.20', true],
    ['::', null, 'rebind.example', false],
    ['127.0.0.1', 'https://console.example.com', 'console.example.com', true],
    ['127.0.0.1', 'https://console.example.com', 'example.com', false],
    ['0.0.0.0', 'http://[fd00::7]:8443', '[fd00::7]', true],
  ])(
    'When HOST is %s and PUBLIC_ORIGIN %s, then the Host %s is allowed: %s',
    (host, publicOrigin, hostname, allowed) => {
      expect(hostAllowList({ host, publicOrigin })(hostname)).toBe(allowed);
    },
  );
});
