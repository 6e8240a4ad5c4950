// Small but well-formed Opus recordings in the two containers MediaRecorder
// writes, for upload tests: WebM laid out as Chromium writes it (Segment and
// Clusters of unknown size, one 20 ms SimpleBlock per packet) and Ogg as
// Firefox does (OpusHead, OpusTags, then pages with granule positions).

const FRAME_MS = 20;

function sizeVint(size: number): Buffer {
  const out = Buffer.alloc(8);
  out[0] = 0x01;
  out.writeUIntBE(size, 2, 6);
  return out;
}

function element(id: number[], payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(id), sizeVint(payload.length), payload]);
}

const UNKNOWN = Buffer.from([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);

/** A WebM with `durationMs` of (silent-sized) 20 ms Opus packets. */
export function webmOpus(durationMs: number, codec = 'A_OPUS'): Buffer {
  const header = element([0x1a, 0x45, 0xdf, 0xa3], element([0x42, 0x82], Buffer.from('webm')));
  const info = element(
    [0x15, 0x49, 0xa9, 0x66],
    element([0x2a, 0xd7, 0xb1], Buffer.from([0x0f, 0x42, 0x40])),
  );
  const tracks = element(
    [0x16, 0x54, 0xae, 0x6b],
    element([0xae], Buffer.concat([element([0xd7], Buffer.from([1])), element([0x86], Buffer.from(codec))])),
  );
  const clusters: Buffer[] = [];
  const frames = Math.round(durationMs / FRAME_MS);
  for (let first = 0; first < frames; first += 1000) {
    const parts: Buffer[] = [element([0xe7], Buffer.from(uint32(first * FRAME_MS)))];
    for (let i = first; i < Math.min(frames, first + 1000); i++) {
      const block = Buffer.alloc(4 + 3);
      block[0] = 0x81;
      block.writeInt16BE((i - first) * FRAME_MS, 1);
      block[3] = 0x80;
      block.set([0xfc, 0xff, 0xfe], 4);
      parts.push(element([0xa3], block));
    }
    clusters.push(Buffer.concat([Buffer.from([0x1f, 0x43, 0xb6, 0x75]), UNKNOWN, ...parts]));
  }
  const segment = Buffer.concat([Buffer.from([0x18, 0x53, 0x80, 0x67]), UNKNOWN, info, tracks, ...clusters]);
  return Buffer.concat([header, segment]);
}

function uint32(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value);
  return out;
}

function oggPage(granule: bigint, sequence: number, packets: Buffer[], type = 0): Buffer {
  const lacing: number[] = [];
  for (const packet of packets) {
    let left = packet.length;
    while (left >= 255) {
      lacing.push(255);
      left -= 255;
    }
    lacing.push(left);
  }
  const head = Buffer.alloc(27);
  head.write('OggS', 0, 'latin1');
  head[5] = type;
  head.writeBigInt64LE(granule, 6);
  head.writeUInt32LE(0x48_48_43, 14);
  head.writeUInt32LE(sequence, 18);
  head[26] = lacing.length;
  return Buffer.concat([head, Buffer.from(lacing), ...packets]);
}

const PRE_SKIP = 312;

/** An Ogg Opus file with `durationMs` of 20 ms packets, 50 to a page. */
export function oggOpus(durationMs: number): Buffer {
  const opusHead = Buffer.alloc(19);
  opusHead.write('OpusHead', 0, 'latin1');
  opusHead[8] = 1;
  opusHead[9] = 1;
  opusHead.writeUInt16LE(PRE_SKIP, 10);
  opusHead.writeUInt32LE(48_000, 12);
  const pages = [oggPage(0n, 0, [opusHead], 2), oggPage(0n, 1, [Buffer.from('OpusTags\0\0\0\0\0\0\0\0')])];
  const frames = Math.round(durationMs / FRAME_MS);
  for (let first = 0, sequence = 2; first < frames; first += 50, sequence++) {
    const count = Math.min(50, frames - first);
    const granule = BigInt((first + count) * 960 + PRE_SKIP);
    pages.push(
      oggPage(
        granule,
        sequence,
        Array.from({ length: count }, () => Buffer.from([0xfc, 0xff, 0xfe])),
      ),
    );
  }
  return Buffer.concat(pages);
}
