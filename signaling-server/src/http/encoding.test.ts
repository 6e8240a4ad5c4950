import { describe, expect, it } from 'vitest';
import { acceptedEncodings, pickEncoding } from './encoding';

const all = () => true;

describe('Accept-Encoding', () => {
  it('prefers brotli, then gzip, when the copies exist', () => {
    expect(pickEncoding('gzip, deflate, br', all)).toBe('br');
    expect(pickEncoding('gzip, deflate, br', (encoding) => encoding === 'gzip')).toBe('gzip');
    expect(pickEncoding('gzip, deflate', all)).toBe('gzip');
  });

  it('sends plain bytes without the header, or when nothing matches', () => {
    expect(pickEncoding(undefined, all)).toBeUndefined();
    expect(pickEncoding('', all)).toBeUndefined();
    expect(pickEncoding('deflate, identity', all)).toBeUndefined();
    expect(pickEncoding('br', () => false)).toBeUndefined();
  });

  it('honours q=0 as a refusal and ignores case and spaces', () => {
    expect(pickEncoding('br;q=0, gzip', all)).toBe('gzip');
    expect(pickEncoding('BR ; Q=0.5', all)).toBe('br');
    expect(pickEncoding('gzip;q=0.0', all)).toBeUndefined();
    expect(pickEncoding('*', all)).toBe('br');
  });

  it('survives hostile headers', () => {
    expect(acceptedEncodings(';;,,;q=abc, ,')).toEqual(new Set());
    expect(pickEncoding(['gzip', 'br;q=0'], all)).toBe('gzip');
    expect(pickEncoding('x'.repeat(10_000), all)).toBeUndefined();
  });
});
