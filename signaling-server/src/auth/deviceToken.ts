// A "known device" token (OWASP's device cookie): after a right password the
// device gets a token that names the account. A login that shows one is the
// owner's own device, so strangers' wrong guesses, which slow every other
// attempt on the account or from the address, never get in its way.
//
// The token is a MAC keyed by the account's password hash: nothing to store,
// and a changed password retires every token at once.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const DEVICE_TOKEN_DAYS = 180;
const DAY_MS = 86_400_000;

const mac = (passwordHash: string, staffId: string, issuedAt: number, nonce: string): string =>
  createHmac('sha256', passwordHash).update(`device|${staffId}|${issuedAt}|${nonce}`).digest('base64url');

export function issueDeviceToken(staffId: string, passwordHash: string, now: number): string {
  const nonce = randomBytes(12).toString('base64url');
  return `${now.toString(36)}.${nonce}.${mac(passwordHash, staffId, now, nonce)}`;
}

export function verifyDeviceToken(
  token: string,
  staffId: string,
  passwordHash: string,
  now: number,
): boolean {
  const [issued, nonce, given, extra] = token.split('.');
  if (!issued || !nonce || !given || extra !== undefined || !/^[0-9a-z]{1,12}$/.test(issued)) return false;
  const issuedAt = parseInt(issued, 36);
  if (issuedAt > now || now - issuedAt > DEVICE_TOKEN_DAYS * DAY_MS) return false;
  const expected = Buffer.from(mac(passwordHash, staffId, issuedAt, nonce));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
