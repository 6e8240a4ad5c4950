// A teacher's book page is a picture file from a folder, and any file may be
// hostile: its type is read from its first bytes (never from its name), only
// PNG, JPEG and WebP are taken (no SVG: it can carry script), and sizes are
// bounded so that a page still loads on a parent's weak link.
export const bookFileLimits = {
  maxPageBytes: 400 * 1024,
  maxPages: 40,
  minPages: 1,
  maxBookBytes: 6 * 1024 * 1024,
  maxTitleLength: 40,
} as const;

export type PictureMime = 'image/png' | 'image/jpeg' | 'image/webp';

export type PictureCheck = { ok: true; mime: PictureMime } | { ok: false; reason: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((value, index) => bytes[at + index] === value);

/** What picture `bytes` really are, or why they are not taken. */
export function checkPicture(bytes: Uint8Array): PictureCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > bookFileLimits.maxPageBytes)
    return { ok: false, reason: `larger than ${bookFileLimits.maxPageBytes / 1024} KB` };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { ok: true, mime: 'image/png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, mime: 'image/jpeg' };
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return { ok: true, mime: 'image/webp' };
  return { ok: false, reason: 'not a PNG, JPEG or WebP picture' };
}

/** A book title as a teacher typed it: trimmed, no control characters, not too long. */
export function checkTitle(title: string): string | undefined {
  const trimmed = title.trim();
  if (trimmed.length === 0 || trimmed.length > bookFileLimits.maxTitleLength) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f<>]/.test(trimmed)) return undefined;
  return trimmed;
}
