import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signRequest } from './sign';

// The official SDK is a devDependency only: it is the reference our signer must match byte for byte.
const require = createRequire(import.meta.url);
const SdkSigner = require('@volcengine/openapi/lib/base/sign').default as new (
  request: {
    method: string;
    region: string;
    params: Record<string, string>;
    headers: Record<string, string>;
    body?: string;
    pathname?: string;
  },
  service: string,
) => { addAuthorization(credentials: object, date: Date): void; request: { headers: Record<string, string> } };

const token = fc.stringMatching(/^[A-Za-z0-9+/=_-]{1,80}$/);
const headerName = fc
  .stringMatching(/^x-[a-z][a-z0-9-]{0,20}$/)
  .filter((n) => !['x-date', 'x-security-token', 'x-content-sha256'].includes(n));
const headerValue = fc.stringMatching(/^[ -~]{0,40}$/);

const requestArb = fc.record({
  method: fc.constantFrom('POST', 'GET', 'post'),
  host: fc.constantFrom('rtc.volcengineapi.com', 'open-ap-singapore-1.volcengineapi.com', '127.0.0.1:4181'),
  // Unicode and reserved characters in keys and values: the escaping rules are where signers differ.
  // "__proto__" is left out: the SDK copies params with plain assignment, which drops that key.
  query: fc.dictionary(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((k) => k !== '__proto__'),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    {
      maxKeys: 5,
    },
  ),
  headers: fc.dictionary(headerName, headerValue, { maxKeys: 3 }),
  body: fc.oneof(
    fc.constant(''),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc
      .record({
        app: fc.bigInt({ min: 1n, max: 2n ** 31n }),
        ids: fc.array(fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }), { maxLength: 20 }),
      })
      .map(({ app, ids }) => `{"AppId":${app},"ParticipantUserIds":[${ids.join(',')}]}`),
  ),
  region: fc.constantFrom('cn-north-1', 'ap-southeast-1', 'cn-beijing'),
  accessKeyId: token,
  secretKey: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
  sessionToken: fc.option(token, { nil: undefined }),
  date: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
});

describe('signRequest', () => {
  it('When signing generated requests, then every header is byte-identical to the official SDK', () => {
    fc.assert(
      fc.property(requestArb, (r) => {
        const credentials = { accessKeyId: r.accessKeyId, secretKey: r.secretKey, sessionToken: r.sessionToken };
        const ours = signRequest({
          method: r.method,
          host: r.host,
          query: r.query,
          headers: r.headers,
          body: r.body,
          region: r.region,
          service: 'rtc',
          credentials,
          date: r.date,
        });
        // Host goes into the SDK's header map so that it is signed too, as the Go SDK does.
        const sdk = new SdkSigner(
          {
            method: r.method,
            region: r.region,
            params: { ...r.query },
            headers: { Host: r.host, ...r.headers },
            body: r.body,
          },
          'rtc',
        );
        sdk.addAuthorization(credentials, r.date);
        expect(ours).toEqual(sdk.request.headers);
      }),
      { numRuns: 2000 },
    );
  });

  it('When the session token is set, then X-Security-Token is sent and signed', () => {
    const headers = signRequest({
      method: 'POST',
      host: 'rtc.volcengineapi.com',
      query: { Action: 'BatchGetConversationParticipant', Version: '2020-12-01' },
      body: '{}',
      region: 'cn-north-1',
      service: 'rtc',
      credentials: { accessKeyId: 'AK', secretKey: 'SK', sessionToken: 'STS-TOKEN' },
      date: new Date('2026-11-26T04:15:05Z'),
    });
    expect(headers['X-Security-Token']).toBe('STS-TOKEN');
    expect(headers['X-Date']).toBe('20261126T041505Z');
    expect(headers.Authorization).toMatch(
      /^HMAC-SHA256 Credential=AK\/20261126\/cn-north-1\/rtc\/request, SignedHeaders=host;x-content-sha256;x-date;x-security-token, Signature=[0-9a-f]{64}$/,
    );
  });

  it('When the body changes by one digit, then the signature changes', () => {
    const sign = (body: string) =>
      signRequest({
        method: 'POST',
        host: 'h',
        query: {},
        body,
        region: 'cn-north-1',
        service: 'rtc',
        credentials: { accessKeyId: 'AK', secretKey: 'SK' },
        date: new Date(0),
      }).Authorization;
    expect(sign('{"ConversationShortId":7101234567890123456}')).not.toBe(
      sign('{"ConversationShortId":7101234567890124000}'),
    );
  });
});
