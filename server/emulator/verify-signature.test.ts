import { describe, expect, it } from 'vitest';
import { signRequest } from '../volcengine/sign';
import { verifySignature } from './verify-signature';

const keys = new Map([['AK', 'SECRET']]);
const query = { Action: 'BatchGetConversationParticipant', Version: '2020-12-01' };
const body = '{"AppId":1,"ConversationShortId":7101234567890123456,"ParticipantUserIds":[9223372036854775807]}';

function signed(date: Date, overrides: { secret?: string; region?: string } = {}) {
  const headers = signRequest({
    method: 'POST',
    host: 'gw',
    query,
    body,
    region: overrides.region ?? 'cn-north-1',
    service: 'rtc',
    credentials: { accessKeyId: 'AK', secretKey: overrides.secret ?? 'SECRET' },
    date,
  });
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

const verify = (headers: Record<string, string>, sentBody = body, now = Date.now()) =>
  verifySignature(
    { method: 'POST', path: '/', query, headers, body: Buffer.from(sentBody) },
    { keys, region: 'cn-north-1', now },
  );

const codeOf = (fn: () => void) => {
  try {
    fn();
    return 'accepted';
  } catch (err) {
    return (err as { code: string }).code;
  }
};

describe('verifySignature', () => {
  it('When the request is signed correctly, then it is accepted', () => {
    expect(codeOf(() => verify(signed(new Date())))).toBe('accepted');
  });

  it('When one digit of the body changes after signing, then SignatureDoesNotMatch', () => {
    expect(codeOf(() => verify(signed(new Date()), body.replace('456', '457')))).toBe('SignatureDoesNotMatch');
  });

  it('When signed with another secret or region, then SignatureDoesNotMatch', () => {
    expect(codeOf(() => verify(signed(new Date(), { secret: 'OTHER' })))).toBe('SignatureDoesNotMatch');
    expect(codeOf(() => verify(signed(new Date(), { region: 'ap-southeast-1' })))).toBe('SignatureDoesNotMatch');
  });

  it('When X-Date is 16 minutes off, then InvalidTimestamp', () => {
    const now = Date.now();
    expect(codeOf(() => verify(signed(new Date(now - 16 * 60_000)), body, now))).toBe('InvalidTimestamp');
    expect(codeOf(() => verify(signed(new Date(now - 14 * 60_000)), body, now))).toBe('accepted');
  });

  it('When the Authorization header is missing, malformed or names an unknown key, then the gateway codes match', () => {
    const headers = signed(new Date());
    expect(codeOf(() => verify({ ...headers, authorization: '' }))).toBe('MissingAuthenticationToken');
    expect(codeOf(() => verify({ ...headers, authorization: 'Bearer x' }))).toBe('MissingSignature');
    expect(
      codeOf(() =>
        verify({
          ...headers,
          authorization: (headers.authorization ?? '').replace('Credential=AK/', 'Credential=NOPE/'),
        }),
      ),
    ).toBe('InvalidAccessKey');
  });

  it('When a signed header is dropped on the way, then SignatureDoesNotMatch', () => {
    const { host: _host, ...withoutHost } = signed(new Date());
    expect(codeOf(() => verify(withoutHost))).toBe('SignatureDoesNotMatch');
  });
});
