import { describe, expect, it } from 'vitest';
import { acceptedEncodings, pickEncoding, type ContentEncoding } from './encoding';

const all = () => 'copy';
/** The chosen encoding only, as the header and the copies decide it. */
const pick = (
  header: Parameters<typeof pickEncoding>[0],
  find: (encoding: ContentEncoding) => string | undefined,
) => pickEncoding(header, find)?.encoding;

describe('Accept-Encoding', () => {
  it('prefers brotli, then gzip, when the copies exist', () => {
    expect(pick('gzip, deflate, br', all)).toBe('br');
    expect(pick('gzip, deflate, br', (encoding) => (encoding === 'gzip' ? 'copy' : undefined))).toBe('gzip');
    expect(pick('gzip, deflate', all)).toBe('gzip');
  });

  it('sends plain bytes without the header, or when nothing matches', () => {
    expect(pick(undefined, all)).toBeUndefined();
    expect(pick('', all)).toBeUndefined();
    expect(pick('deflate, identity', all)).toBeUndefined();
    expect(pick('br', () => undefined)).toBeUndefined();
  });

  it('honours q=0 as a refusal and ignores case and spaces', () => {
    expect(pick('br;q=0, gzip', all)).toBe('gzip');
    expect(pick('BR ; Q=0.5', all)).toBe('br');
    expect(pick('gzip;q=0.0', all)).toBeUndefined();
    expect(pick('*', all)).toBe('br');
  });

  it('survives hostile headers', () => {
    expect(acceptedEncodings(';;,,;q=abc, ,')).toEqual(new Set());
    expect(pick(['gzip', 'br;q=0'], all)).toBe('gzip');
    expect(pick('x'.repeat(10_000), all)).toBeUndefined();
  });
});
