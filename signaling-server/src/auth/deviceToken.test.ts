import { describe, expect, it } from 'vitest';
import { DEVICE_TOKEN_DAYS, issueDeviceToken, verifyDeviceToken } from './deviceToken';

const NOW = Date.UTC(2030, 5, 5);

describe('device tokens', () => {
  it('verify for their account and password only, and expire', () => {
    const token = issueDeviceToken('staff-1', 'hash-a', NOW);
    expect(token.length).toBeLessThanOrEqual(128);
    expect(verifyDeviceToken(token, 'staff-1', 'hash-a', NOW + 1000)).toBe(true);
    expect(verifyDeviceToken(token, 'staff-2', 'hash-a', NOW)).toBe(false);
    // A new password retires every device token.
    expect(verifyDeviceToken(token, 'staff-1', 'hash-b', NOW)).toBe(false);
    expect(verifyDeviceToken(token, 'staff-1', 'hash-a', NOW + (DEVICE_TOKEN_DAYS + 1) * 86_400_000)).toBe(
      false,
    );
  });

  it('refuses forged and malformed tokens', () => {
    const [issued, nonce, mac] = issueDeviceToken('staff-1', 'hash-a', NOW).split('.');
    const later = (NOW + 5).toString(36);
    for (const forged of [
      `${later}.${nonce}.${mac}`,
      `${issued}.${nonce}x.${mac}`,
      `${issued}.${nonce}`,
      `${issued}.${nonce}.${mac}.extra`,
      'not a token at all',
      `${(NOW + 86_400_000).toString(36)}.${nonce}.${mac}`,
    ]) {
      expect(verifyDeviceToken(forged, 'staff-1', 'hash-a', NOW), forged).toBe(false);
    }
  });
});
