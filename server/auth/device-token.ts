import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { usernameKey } from './username-key';

/** How long a browser stays trusted after its last successful sign-in (each sign-in renews it). */
export const DEVICE_TOKEN_TTL_MS = 180 * 24 * 3600 * 1000;

// Far longer than any token this issues; anything bigger is refused before any work.
const MAX_TOKEN_LENGTH = 128;
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * OWASP's device cookie: proof that this browser once signed in as this username. It holds a time, a
 * random nonce and an HMAC over them and the username, so it can't be forged or moved to another
 * username, and it reveals nothing (not even the username). It is no credential: it only decides whose
 * failures an attempt counts against. The nonce names the device for the limiter.
 */
export function createDeviceTokens(key: Buffer, now: () => number = Date.now) {
  const mac = (username: string, issuedAt: string, nonce: string) =>
    createHmac('sha256', key)
      .update(`imc-device-v1\n${usernameKey(username)}\n${issuedAt}\n${nonce}`)
      .digest();

  return {
    issue(username: string): string {
      const issuedAt = now().toString(36);
      const nonce = randomBytes(16).toString('base64url');
      return `${issuedAt}.${nonce}.${mac(username, issuedAt, nonce).toString('base64url')}`;
    },

    /** The device ID (the nonce) when the token is genuine, unexpired and was issued for this username; else null. */
    verify(token: string, username: string): string | null {
      if (token.length > MAX_TOKEN_LENGTH) return null;
      const [issuedAt = '', nonce = '', signature = '', ...rest] = token.split('.');
      if (rest.length || !/^[0-9a-z]{1,11}$/.test(issuedAt) || !/^[\w-]{22}$/.test(nonce)) return null;
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(username, issuedAt, nonce);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      const age = now() - Number.parseInt(issuedAt, 36);
      // A few minutes' grace for another replica whose clock runs ahead.
      return age >= -CLOCK_SKEW_MS && age <= DEVICE_TOKEN_TTL_MS ? nonce : null;
    },
  };
}

export type DeviceTokens = ReturnType<typeof createDeviceTokens>;
