// What an uploaded voice message really is, read from its bytes (never from a
// name or a Content-Type): Opus audio in WebM (Chromium, Firefox, Safari ≥ 18.4
// through MediaRecorder) or in Ogg (Firefox). Its length is measured from the
// container's own timestamps — every Ogg page's granule position, every WebM
// block's timecode — not taken from the client: MediaRecorder's WebM carries no
// Duration element, and a declared one could lie. Anything else, including a
// video track, a cut-off element or trailing garbage, is refused.
// Safari before 18.4 records only audio/mp4 (AAC): not accepted here (see README).

export type AudioMime = 'audio/webm' | 'audio/ogg';

export type AudioCheck =
  { ok: true; mime: AudioMime; durationMs: number } | { ok: false; reason: 'type' | 'malformed' };

const OPUS_RATE = 48_000;
/** An Opus packet lasts at most 120 ms; MediaRecorder writes 20 ms ones. The last one's length is added. */
const LAST_FRAME_MS = 20;

export function checkAudio(bytes: Uint8Array): AudioCheck {
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return webm(bytes);
  if (startsWith(bytes, [0x4f, 0x67, 0x67, 0x53])) return ogg(bytes);
  return { ok: false, reason: 'type' };
}

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, i) => bytes[at + i] === byte);
}

const malformed = { ok: false, reason: 'malformed' } as const;

// --- Ogg: pages of "OggS", the first packet OpusHead; duration = last granule − pre-skip.
function ogg(bytes: Uint8Array): AudioCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  let first = true;
  let preSkip = 0;
  let lastGranule = 0n;
  while (at < bytes.length) {
    if (at + 27 > bytes.length || !startsWith(bytes, [0x4f, 0x67, 0x67, 0x53], at)) return malformed;
    const granule = view.getBigInt64(at + 6, true);
    const segments = bytes[at + 26]!;
    if (at + 27 + segments > bytes.length) return malformed;
    let body = 0;
    for (let i = 0; i < segments; i++) body += bytes[at + 27 + i]!;
    const start = at + 27 + segments;
    if (start + body > bytes.length) return malformed;
    if (first) {
      if (body < 19 || !startsWith(bytes, [...Buffer.from('OpusHead')], start))
        return { ok: false, reason: 'type' };
      preSkip = view.getUint16(start + 10, true);
      first = false;
    }
    if (granule > lastGranule) lastGranule = granule;
    at = start + body;
  }
  if (first) return malformed;
  const samples = Number(lastGranule) - preSkip;
  if (!(samples > 0)) return malformed;
  return { ok: true, mime: 'audio/ogg', durationMs: Math.round((samples * 1000) / OPUS_RATE) };
}

// --- WebM (EBML): a flat walk that steps into the few master elements it needs and over the rest.
const ID = {
  ebml: 0x1a45dfa3,
  docType: 0x4282,
  segment: 0x18538067,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  tracks: 0x1654ae6b,
  trackEntry: 0xae,
  codecId: 0x86,
  cluster: 0x1f43b675,
  timecode: 0xe7,
  blockGroup: 0xa0,
  block: 0xa1,
  simpleBlock: 0xa3,
} as const;
const MASTERS = new Set<number>([
  ID.ebml,
  ID.segment,
  ID.info,
  ID.tracks,
  ID.trackEntry,
  ID.cluster,
  ID.blockGroup,
]);

/** An EBML variable-length number: its value (marker bit removed unless `keepMarker`) and length. */
function vint(bytes: Uint8Array, at: number, keepMarker: boolean) {
  const lead = bytes[at];
  if (lead === undefined || lead === 0) return undefined;
  const length = Math.clz32(lead) - 23;
  if (length > 8 || at + length > bytes.length) return undefined;
  let value = keepMarker ? lead : lead & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const byte = bytes[at + i]!;
    value = value * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

function readUint(bytes: Uint8Array, at: number, size: number): number {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + bytes[at + i]!;
  return value;
}

function webm(bytes: Uint8Array): AudioCheck {
  let at = 0;
  let docType = '';
  let scaleNs = 1_000_000;
  const codecs: string[] = [];
  let clusterTime = -1;
  let endTicks = -1;
  while (at < bytes.length) {
    const id = vint(bytes, at, true);
    const size = id && vint(bytes, at + id.length, false);
    if (!id || !size) return malformed;
    const data = at + id.length + size.length;
    if (MASTERS.has(id.value)) {
      at = data; // step inside (also when the size is unknown, as MediaRecorder writes Segment and Cluster)
      continue;
    }
    if (size.unknown || data + size.value > bytes.length) return malformed;
    const end = data + size.value;
    switch (id.value) {
      case ID.docType:
        docType = Buffer.from(bytes.subarray(data, end)).toString('latin1');
        break;
      case ID.timecodeScale:
        if (size.value < 1 || size.value > 8) return malformed;
        scaleNs = readUint(bytes, data, size.value);
        break;
      case ID.codecId:
        codecs.push(Buffer.from(bytes.subarray(data, end)).toString('latin1'));
        break;
      case ID.timecode:
        if (size.value < 1 || size.value > 8) return malformed;
        clusterTime = readUint(bytes, data, size.value);
        break;
      case ID.block:
      case ID.simpleBlock: {
        const track = vint(bytes, data, false);
        if (!track || clusterTime < 0 || data + track.length + 2 > end) return malformed;
        const relative = new DataView(bytes.buffer, bytes.byteOffset).getInt16(data + track.length);
        endTicks = Math.max(endTicks, clusterTime + relative);
        break;
      }
    }
    at = end;
  }
  if (docType !== 'webm' || codecs.length !== 1 || codecs[0] !== 'A_OPUS')
    return { ok: false, reason: 'type' };
  if (endTicks < 0 || scaleNs <= 0) return malformed;
  return { ok: true, mime: 'audio/webm', durationMs: Math.round((endTicks * scaleNs) / 1e6) + LAST_FRAME_MS };
}
