import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { canonicalRequest, signingKey, stringToSign } from '../volcengine/sign';
import { GatewayRejection } from './gateway-error';

const AUTHORIZATION =
  /^HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;
const X_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
/** The gateway's tolerance for clock skew between caller and gateway. */
export const MAX_SKEW_MS = 15 * 60 * 1000;

export interface SignedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface VerifyOptions {
  keys: ReadonlyMap<string, string>; // access key ID → secret
  region: string;
  now: number;
}

/** Checks a request's signature as the gateway does, recomputing it from what actually arrived. */
export function verifySignature(req: SignedRequest, { keys, region, now }: VerifyOptions): void {
  const authorization = req.headers.authorization;
  if (!authorization) throw new GatewayRejection('MissingAuthenticationToken', 'Authorization header is missing');
  const match = AUTHORIZATION.exec(authorization);
  if (!match) throw new GatewayRejection('MissingSignature', 'Authorization header is malformed');
  const [, accessKeyId = '', day = '', scopeRegion = '', service = '', signedList = '', signature = ''] = match;

  const secret = keys.get(accessKeyId);
  if (secret === undefined) throw new GatewayRejection('InvalidAccessKey', `access key ${accessKeyId} is not valid`);
  if (service !== 'rtc') throw new GatewayRejection('ServiceNotFound', `service ${service} not found`);

  const signedNames = signedList.split(';');
  const rawXDate = req.headers['x-date'];
  const xDate = typeof rawXDate === 'string' ? rawXDate : '';
  const parts = X_DATE.exec(xDate);
  if (!parts || !signedNames.includes('x-date'))
    throw new GatewayRejection('InvalidTimestamp', 'X-Date is missing, malformed or unsigned');
  const [, y, mo, d, h, mi, s] = parts.map(Number);
  const sentAt = Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s);
  if (Math.abs(now - sentAt) > MAX_SKEW_MS)
    throw new GatewayRejection('InvalidTimestamp', `X-Date ${xDate} is more than 15 minutes off`);

  const bodyHash = createHash('sha256').update(req.body).digest('hex');
  const declaredHash = req.headers['x-content-sha256'];
  const signed: Record<string, string> = {};
  for (const name of signedNames) {
    const value = req.headers[name];
    if (value === undefined) throw new GatewayRejection('SignatureDoesNotMatch', `signed header ${name} is missing`);
    signed[name] = Array.isArray(value) ? value.join(',') : value;
  }
  if (declaredHash !== undefined && declaredHash !== bodyHash) {
    throw new GatewayRejection('SignatureDoesNotMatch', 'X-Content-Sha256 does not match the body');
  }
  if (day !== xDate.slice(0, 8) || scopeRegion !== region) {
    throw new GatewayRejection('SignatureDoesNotMatch', 'credential scope does not match X-Date or region');
  }

  const canonical = canonicalRequest({ method: req.method, path: req.path, query: req.query, signed, bodyHash });
  const expected = createHmac('sha256', signingKey(secret, day, region, service))
    .update(stringToSign(xDate, `${day}/${region}/${service}/request`, canonical))
    .digest();
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
    throw new GatewayRejection(
      'SignatureDoesNotMatch',
      'the request signature we calculated does not match the signature you provided',
    );
  }
}
