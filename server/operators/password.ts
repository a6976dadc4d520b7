import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. Algorithm is a const enum, unusable with
// isolatedModules; 2 is its Argon2id.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

/**
 * A password the console makes for someone (a new operator, a reset): 20 characters from an unambiguous
 * alphabet, about 115 bits. Shown once to the admin, who passes it on; never stored or logged in clear.
 */
export function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = randomBytes(40);
  let out = '';
  for (const byte of bytes) {
    // Rejection sampling keeps every character equally likely.
    if (byte < 256 - (256 % alphabet.length)) out += alphabet[byte % alphabet.length];
    if (out.length === 20) return out;
  }
  return out.length === 20 ? out : generatePassword();
}

// Verified against when the username doesn't exist, so unknown users cost the same time as wrong passwords.
let decoy: Promise<string> | undefined;
const decoyHash = () => {
  decoy ??= hashPassword('decoy password that matches no operator');
  return decoy;
};

/** Computes the decoy hash ahead of the first sign-in, which would otherwise pay for it. */
export const prepareDecoyHash = () => void decoyHash();

/** True when the password matches; with no hash (unknown user) it still does the full work, then says no. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? (await decoyHash()), password);
    return ok && passwordHash !== null;
  } catch {
    return false;
  }
}
