import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { oggOpus, webmOpus } from '../../../tests/support/audio';
import { prng } from '../../../tests/support/fuzz';
import { checkAudio } from './audioFile';

describe('checkAudio', () => {
  it('measures WebM and Ogg Opus from their own timestamps', () => {
    expect(checkAudio(webmOpus(5_000))).toEqual({ ok: true, mime: 'audio/webm', durationMs: 5_000 });
    expect(checkAudio(webmOpus(61_000))).toEqual({ ok: true, mime: 'audio/webm', durationMs: 61_000 });
    expect(checkAudio(oggOpus(3_000))).toEqual({ ok: true, mime: 'audio/ogg', durationMs: 3_000 });
    expect(checkAudio(oggOpus(181_000))).toMatchObject({ ok: true, durationMs: 181_000 });
  });

  it('measures a real recording: three seconds from Chromium 156’s MediaRecorder at 32 kbit/s', () => {
    const real = fs.readFileSync(new URL('../../../tests/fixtures/audio/chromium-3s.webm', import.meta.url));
    const result = checkAudio(real);
    expect(result).toMatchObject({ ok: true, mime: 'audio/webm' });
    expect(result.ok && result.durationMs).toBeGreaterThan(2_500);
    expect(result.ok && result.durationMs).toBeLessThan(3_500);
  });

  it('refuses other types by their bytes, whatever they claim', () => {
    expect(checkAudio(Buffer.from('ID3\x04 an mp3'))).toEqual({ ok: false, reason: 'type' });
    expect(checkAudio(Buffer.from([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70]))).toEqual({
      ok: false,
      reason: 'type',
    });
    expect(checkAudio(webmOpus(1_000, 'V_VP8'))).toEqual({ ok: false, reason: 'type' });
    expect(checkAudio(Buffer.alloc(0))).toEqual({ ok: false, reason: 'type' });
  });

  it('refuses cut-off and garbled files', () => {
    const webm = webmOpus(2_000);
    expect(checkAudio(webm.subarray(0, webm.length - 3))).toEqual({ ok: false, reason: 'malformed' });
    const ogg = oggOpus(2_000);
    expect(checkAudio(ogg.subarray(0, ogg.length - 3))).toEqual({ ok: false, reason: 'malformed' });
    expect(checkAudio(Buffer.concat([ogg, Buffer.from('junk')]))).toEqual({ ok: false, reason: 'malformed' });
    expect(
      checkAudio(Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(40, 0xff)])),
    ).toMatchObject({
      ok: false,
    });
    // Only the headers: no audio at all.
    expect(checkAudio(oggOpus(0))).toEqual({ ok: false, reason: 'malformed' });
    expect(checkAudio(webmOpus(0))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('never throws on mutated or cut recordings', () => {
    const r = prng(14);
    for (const original of [webmOpus(1_000), oggOpus(1_000)]) {
      for (let i = 0; i < 2_000; i++) {
        const bytes = Buffer.from(original.subarray(0, r.int(original.length + 1)));
        for (let flips = r.int(4); flips > 0; flips--) bytes[r.int(bytes.length)] = r.int(256);
        const result = checkAudio(bytes);
        if (result.ok) expect(result.durationMs).toBeGreaterThan(0);
      }
    }
  });
});
