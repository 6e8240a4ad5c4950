import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxies } from './clientAddress';

const proxy = trustedProxies(['10.0.0.5', '::1']);

describe('clientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', trustedProxies([]))).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', undefined, proxy)).toBe('203.0.113.9');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress('203.0.113.9', '1.2.3.4', proxy)).toBe('203.0.113.9');
  });

  it('takes the nearest untrusted hop behind trusted proxies', () => {
    expect(clientAddress('10.0.0.5', '198.51.100.1', proxy)).toBe('198.51.100.1');
    // The client may prepend anything; only the hops our proxies added count.
    expect(clientAddress('10.0.0.5', '6.6.6.6, 198.51.100.1', proxy)).toBe('198.51.100.1');
    expect(clientAddress('::ffff:10.0.0.5', ['6.6.6.6', '198.51.100.1, ::1'], proxy)).toBe('198.51.100.1');
  });

  it('stops at a malformed hop instead of trusting what lies beyond it', () => {
    expect(clientAddress('10.0.0.5', 'not-an-ip', proxy)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', '6.6.6.6, garbage, 198.51.100.1', proxy)).toBe('198.51.100.1');
  });

  it('is the last trusted hop when every hop is a proxy', () => {
    expect(clientAddress('10.0.0.5', '::1', proxy)).toBe('::1');
    expect(clientAddress('10.0.0.5', '', proxy)).toBe('10.0.0.5');
  });
});
