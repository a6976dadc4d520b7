import { createHash, createHmac } from 'node:crypto';

/**
 * Volcengine OpenAPI request signing (HMAC-SHA256, SigV4-like), written to match the official
 * Node SDK's Signer byte for byte (see sign.sdk-parity.test.ts). We don't ship the SDK: it pulls in
 * axios 0.21, and its JSON helper re-serialises bodies, rounding int64 IDs.
 */
export interface Credentials {
  accessKeyId: string;
  secretKey: string;
  sessionToken?: string | undefined;
}

export interface SignInput {
  method: string;
  host: string;
  path?: string;
  query: Record<string, string>;
  /** Extra headers to sign (besides Host, X-Date, X-Security-Token and X-Content-Sha256). */
  headers?: Record<string, string>;
  body: string;
  region: string;
  service: string;
  credentials: Credentials;
  date: Date;
}

// The SDK never signs these, whatever the caller passes.
const UNSIGNABLE = new Set([
  'authorization',
  'content-type',
  'content-length',
  'user-agent',
  'presigned-expires',
  'expect',
]);

const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986: only A-Z a-z 0-9 - _ . ~ stay literal. */
export const uriEscape = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/** Sorted by raw key, as the SDK does, then escaped. */
export const canonicalQuery = (query: Record<string, string>) =>
  Object.keys(query)
    .sort()
    .map((key) => `${uriEscape(key)}=${uriEscape(query[key] ?? '')}`)
    .join('&');

export const formatXDate = (date: Date) => date.toISOString().replace(/[:-]|\.\d{3}/g, '');

export function signingKey(secretKey: string, day: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(secretKey, day), region), service), 'request');
}

export interface CanonicalParts {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-cased names to values; every entry is signed. */
  signed: Record<string, string>;
  bodyHash: string;
}

export function canonicalRequest({ method, path, query, signed, bodyHash }: CanonicalParts): string {
  const names = Object.keys(signed).sort();
  const headerLines = names.map((name) => `${name}:${(signed[name] ?? '').replace(/\s+/g, ' ').trim()}`);
  return [
    method.toUpperCase(),
    path,
    canonicalQuery(query),
    `${headerLines.join('\n')}\n`,
    names.join(';'),
    bodyHash,
  ].join('\n');
}

export function stringToSign(xDate: string, scope: string, canonical: string): string {
  return ['HMAC-SHA256', xDate, scope, sha256Hex(canonical)].join('\n');
}

/** Returns the headers to send: the caller's, plus Host, X-Date, X-Security-Token, X-Content-Sha256 and Authorization. */
export function signRequest(input: SignInput): Record<string, string> {
  const { credentials, region, service } = input;
  const xDate = formatXDate(input.date);
  const day = xDate.slice(0, 8);
  const headers: Record<string, string> = { Host: input.host, ...input.headers, 'X-Date': xDate };
  if (credentials.sessionToken) headers['X-Security-Token'] = credentials.sessionToken;
  const bodyHash = sha256Hex(input.body);
  // Like the SDK, an empty body carries no hash header but is still hashed into the signature.
  if (input.body) headers['X-Content-Sha256'] = bodyHash;

  const signed: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!UNSIGNABLE.has(name.toLowerCase())) signed[name.toLowerCase()] = value;
  }
  const scope = `${day}/${region}/${service}/request`;
  const canonical = canonicalRequest({
    method: input.method,
    path: input.path ?? '/',
    query: input.query,
    signed,
    bodyHash,
  });
  const signature = createHmac('sha256', signingKey(credentials.secretKey, day, region, service))
    .update(stringToSign(xDate, scope, canonical), 'utf8')
    .digest('hex');
  headers.Authorization = `HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${Object.keys(signed).sort().join(';')}, Signature=${signature}`;
  return headers;
}
