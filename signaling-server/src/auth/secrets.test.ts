import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  hashPin,
  hashToken,
  normalisePairingCode,
  pairingCode,
  randomToken,
  verifyPassword,
  verifyPin,
} from './secrets';

describe('secrets', () => {
  it('makes tokens of at least 128 bits and stores only their hash', () => {
    const token = randomToken();
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
    expect(randomToken()).not.toBe(token);
  });

  it('hashes passwords with a salt and verifies them', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('wrong', a)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });

  it('hashes picture-PINs in order', async () => {
    const stored = await hashPin([3, 1, 7]);
    expect(await verifyPin([3, 1, 7], stored)).toBe(true);
    expect(await verifyPin([7, 1, 3], stored)).toBe(false);
  });

  it('makes readable pairing codes and forgives how people type them', () => {
    const code = pairingCode();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(normalisePairingCode(` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `)).toBe(code);
  });
});
