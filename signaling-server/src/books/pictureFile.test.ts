import { describe, expect, it } from 'vitest';
import { bookFileLimits, checkPicture, checkTitle } from './pictureFile';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const webp = Uint8Array.from([0x52, 0x49, 0x46, 0x46, 1, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50]);

describe('checkPicture', () => {
  it('knows PNG, JPEG and WebP by their first bytes', () => {
    expect(checkPicture(png)).toEqual({ ok: true, mime: 'image/png' });
    expect(checkPicture(jpeg)).toEqual({ ok: true, mime: 'image/jpeg' });
    expect(checkPicture(webp)).toEqual({ ok: true, mime: 'image/webp' });
  });

  it('refuses SVG (it can carry script), HTML named .png, GIF, empty and oversized files', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(checkPicture(text('<svg onload="alert(1)"/>')).ok).toBe(false);
    expect(checkPicture(text('<html><script>x</script></html>')).ok).toBe(false);
    expect(checkPicture(text('GIF89a')).ok).toBe(false);
    expect(checkPicture(new Uint8Array()).ok).toBe(false);
    const huge = new Uint8Array(bookFileLimits.maxPageBytes + 1);
    huge.set(png);
    expect(checkPicture(huge)).toEqual({ ok: false, reason: 'larger than 400 KB' });
  });
});

describe('checkTitle', () => {
  it('trims, and refuses empty, overlong, markup and control characters', () => {
    expect(checkTitle('  我家的小狗 ')).toBe('我家的小狗');
    expect(checkTitle('   ')).toBeUndefined();
    expect(checkTitle('长'.repeat(41))).toBeUndefined();
    expect(checkTitle('<img src=x>')).toBeUndefined();
    expect(checkTitle('a\u0000b')).toBeUndefined();
  });
});
