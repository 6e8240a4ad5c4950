// A tiny RTP packetizer and receive counter for the capacity load generator.
// Packets carry real RTP headers and, for VP8, the payload descriptor that
// mediasoup parses (picture id, TL0PICIDX, temporal index, keyframe bit);
// the rest of the payload is filler of the right size.

const RTP_HEADER_BYTES = 12;
/** Largest payload per packet, as browsers keep RTP packets under the path MTU. */
export const MAX_PAYLOAD_BYTES = 1100;
const VP8_DESCRIPTOR_BYTES = 6;
const filler = Buffer.alloc(MAX_PAYLOAD_BYTES + VP8_DESCRIPTOR_BYTES + 1, 0x5a);

export class RtpSender {
  private sequence = Math.floor(Math.random() * 0x10000);
  /** RTP timestamp of the next frame. */
  timestamp = Math.floor(Math.random() * 0x1_0000_0000);
  packetCount = 0;
  octetCount = 0;

  constructor(
    readonly ssrc: number,
    readonly payloadType: number,
  ) {}

  /** One packet of this stream; advance the timestamp with `advance` after the frame's last packet. */
  packet(
    payloadBytes: number,
    marker: boolean,
    writePayload?: (packet: Buffer, offset: number) => void,
  ): Buffer {
    const packet = Buffer.allocUnsafe(RTP_HEADER_BYTES + payloadBytes);
    packet[0] = 0x80; // version 2, no padding, no extension, no CSRCs
    packet[1] = (marker ? 0x80 : 0) | this.payloadType;
    packet.writeUInt16BE(this.sequence, 2);
    packet.writeUInt32BE(this.timestamp, 4);
    packet.writeUInt32BE(this.ssrc, 8);
    filler.copy(packet, RTP_HEADER_BYTES, 0, payloadBytes);
    writePayload?.(packet, RTP_HEADER_BYTES);
    this.sequence = (this.sequence + 1) & 0xffff;
    this.packetCount++;
    this.octetCount += payloadBytes;
    return packet;
  }

  advance(ticks: number): void {
    this.timestamp = (this.timestamp + ticks) >>> 0;
  }
}

/** VP8 frames of one simulcast layer: packetized with a payload descriptor, keyframes on request. */
export class Vp8Layer {
  private pictureId = Math.floor(Math.random() * 0x8000);
  private tl0PictureIndex = Math.floor(Math.random() * 0x100);
  /** Set by a keyframe request (PLI/FIR) or the periodic timer; the next frame is a keyframe. */
  keyframeWanted = true;

  constructor(
    readonly rtp: RtpSender,
    readonly frameRate: number,
    readonly frameBytes: number,
  ) {}

  /** All packets of the next frame. */
  frame(): Buffer[] {
    const keyframe = this.keyframeWanted;
    this.keyframeWanted = false;
    const count = Math.max(1, Math.ceil(this.frameBytes / MAX_PAYLOAD_BYTES));
    const packets: Buffer[] = [];
    let left = this.frameBytes;
    for (let index = 0; index < count; index++) {
      const bytes = Math.ceil(left / (count - index));
      left -= bytes;
      const first = index === 0;
      packets.push(
        this.rtp.packet(VP8_DESCRIPTOR_BYTES + bytes, index === count - 1, (packet, offset) => {
          // X=1 (extensions follow), S=1 on the first packet of the frame, partition 0.
          packet[offset] = first ? 0x90 : 0x80;
          // I (picture id), L (TL0PICIDX), T (temporal index) present.
          packet[offset + 1] = 0xe0;
          packet[offset + 2] = 0x80 | ((this.pictureId >> 8) & 0x7f); // two-byte picture id
          packet[offset + 3] = this.pictureId & 0xff;
          packet[offset + 4] = this.tl0PictureIndex;
          packet[offset + 5] = 0x20; // temporal layer 0, layer sync
          // VP8 payload header: bit 0 (P) clear marks a keyframe.
          if (first) packet[offset + 6] = keyframe ? 0x10 : 0x11;
        }),
      );
    }
    this.rtp.advance(Math.round(90_000 / this.frameRate));
    this.pictureId = (this.pictureId + 1) & 0x7fff;
    this.tl0PictureIndex = (this.tl0PictureIndex + 1) & 0xff;
    return packets;
  }
}

const NTP_UNIX_OFFSET_S = 2_208_988_800;

/**
 * An RTCP Sender Report for `sender`, whose next frame (timestamp
 * `sender.timestamp`) is due `msUntilNextFrame` from now. mediasoup needs
 * these to switch a simulcast consumer between layers (it maps the layers'
 * RTP clocks through the reports' wall-clock times), as browsers send them.
 */
export function senderReport(sender: RtpSender, clockRate: number, msUntilNextFrame: number): Buffer {
  const packet = Buffer.alloc(28);
  const wallMs = performance.timeOrigin + performance.now();
  packet[0] = 0x80; // version 2, no report blocks
  packet[1] = 200;
  packet.writeUInt16BE(6, 2); // length in 32-bit words minus one
  packet.writeUInt32BE(sender.ssrc, 4);
  const seconds = Math.floor(wallMs / 1000);
  packet.writeUInt32BE((seconds + NTP_UNIX_OFFSET_S) >>> 0, 8);
  packet.writeUInt32BE(Math.floor(((wallMs - seconds * 1000) / 1000) * 0x1_0000_0000) >>> 0, 12);
  packet.writeUInt32BE((sender.timestamp - Math.round((msUntilNextFrame * clockRate) / 1000)) >>> 0, 16);
  packet.writeUInt32BE(sender.packetCount >>> 0, 20);
  packet.writeUInt32BE(sender.octetCount >>> 0, 24);
  return packet;
}

/** An RTCP Receiver Report with one block per received stream, as a browser sends about once a second. */
export function receiverReport(
  reporterSsrc: number,
  streams: ReadonlyArray<[number, RtpReceiveCounter]>,
): Buffer {
  const blocks = streams.slice(0, 31);
  const packet = Buffer.alloc(8 + blocks.length * 24);
  packet[0] = 0x80 | blocks.length;
  packet[1] = 201;
  packet.writeUInt16BE(packet.length / 4 - 1, 2);
  packet.writeUInt32BE(reporterSsrc, 4);
  blocks.forEach(([ssrc, counter], index) => {
    const offset = 8 + index * 24;
    const lost = Math.max(0, Math.min(0x7fffff, counter.cumulativeLost));
    packet.writeUInt32BE(ssrc, offset);
    packet.writeUInt32BE(lost, offset + 4); // fraction lost 0, cumulative lost
    packet.writeUInt32BE(counter.highest >>> 0, offset + 8);
    // Jitter, last SR and delay since last SR left at zero.
  });
  return packet;
}

/** True for RTCP on an RTCP-muxed port (RFC 5761: second byte 192–223). */
export function isRtcp(packet: Buffer): boolean {
  const second = packet[1] ?? 0;
  return second >= 192 && second <= 223;
}

/** Media SSRCs for which a compound RTCP packet asks for a keyframe (PLI or FIR). */
export function keyframeRequests(packet: Buffer): number[] {
  const ssrcs: number[] = [];
  let offset = 0;
  while (offset + 12 <= packet.length) {
    const format = packet[offset]! & 0x1f;
    const type = packet[offset + 1]!;
    const length = (packet.readUInt16BE(offset + 2) + 1) * 4;
    if (type === 206 && format === 1) ssrcs.push(packet.readUInt32BE(offset + 8)); // PLI
    if (type === 206 && format === 4 && offset + 16 <= packet.length)
      ssrcs.push(packet.readUInt32BE(offset + 12)); // FIR
    offset += length;
  }
  return ssrcs;
}

export interface CounterSnapshot {
  received: number;
  bytes: number;
  highest: number;
  started: boolean;
}

/** Counts received packets of one stream and tracks its extended highest sequence number. */
export class RtpReceiveCounter {
  received = 0;
  bytes = 0;
  private started = false;
  private cycles = 0;
  private maxSequence = 0;
  /** Extended sequence number just before the first packet seen. */
  private base = 0;

  receive(packet: Buffer): void {
    const sequence = packet.readUInt16BE(2);
    this.received++;
    this.bytes += packet.length;
    if (!this.started) {
      this.started = true;
      this.maxSequence = sequence;
      this.base = sequence - 1;
      return;
    }
    const delta = (sequence - this.maxSequence) & 0xffff;
    if (delta !== 0 && delta < 0x8000) {
      if (sequence < this.maxSequence) this.cycles += 0x10000;
      this.maxSequence = sequence;
    }
  }

  /** Packets missing from the sequence so far. */
  get cumulativeLost(): number {
    return this.started ? this.highest - this.base - this.received : 0;
  }

  /** The extended highest sequence number so far (base when nothing arrived yet). */
  get highest(): number {
    return this.started ? this.cycles + this.maxSequence : this.base;
  }

  snapshot(): CounterSnapshot {
    return { received: this.received, bytes: this.bytes, highest: this.highest, started: this.started };
  }

  /** Packets expected and received since `since` (sequence gaps are losses). */
  since(since: CounterSnapshot): { expected: number; received: number; bytes: number } {
    const from = since.started ? since.highest : this.base;
    return {
      expected: Math.max(0, this.highest - from),
      received: this.received - since.received,
      bytes: this.bytes - since.bytes,
    };
  }
}
