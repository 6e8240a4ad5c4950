// Every secret the server hands out and how it is kept: random tokens stored
// only as SHA-256 hashes (they carry 256 bits, so a fast hash is enough),
// passwords and picture-PINs through scrypt with a salt (people pick weak ones).
import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** A URL-safe random token; 32 bytes = 256 bits, far above the 128-bit floor. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

// No 0/O, 1/I/L: the code is read off a screen and typed by a teacher.
const PAIRING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 8;

export function pairingCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
  return code;
}

/** Pairing codes are typed by people: ignore case, spaces and dashes. */
export function normalisePairingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

function scryptAsync(secret: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

// N = 2^15 costs ~50 ms on a school server: cheap for a login, slow for a guesser.
const PASSWORD_COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
// PINs are checked on every child login; the rate limit, not the hash, is their guard.
const PIN_COST = { N: 2 ** 12, r: 8, p: 1 };

async function hashSecret(
  secret: string,
  cost: { N: number; r: number; p: number; maxmem?: number },
): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(secret, salt, 32, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptAsync(secret, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export const hashPassword = (password: string) => hashSecret(password, PASSWORD_COST);
export const verifyPassword = verifySecret;

/** A picture-PIN is three picture numbers (0-8) in order. */
export const hashPin = (pin: readonly number[]) => hashSecret(pin.join('-'), PIN_COST);
export const verifyPin = (pin: readonly number[], stored: string) => verifySecret(pin.join('-'), stored);
