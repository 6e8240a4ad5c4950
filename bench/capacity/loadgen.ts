// The load generator: each simulated call side ("peer") sends Opus and three
// VP8 simulcast layers from one UDP socket to its sending PlainTransport and
// counts what arrives on another socket from its receiving PlainTransport.
// One timer paces every stream; no browser involved.
import dgram from 'node:dgram';
import {
  isRtcp,
  keyframeRequests,
  receiverReport,
  RtpReceiveCounter,
  RtpSender,
  senderReport,
  Vp8Layer,
} from './rtp';

/** Realistic sending: Opus at 32 kbit/s in 20 ms frames, VP8 simulcast totalling 1 Mbit/s. */
export const AUDIO = { payloadType: 111, frameMs: 20, payloadBytes: 80 } as const;
export const VIDEO_PAYLOAD_TYPE = 96;
export const VIDEO_LAYERS = [
  { bitrate: 100_000, frameRate: 15 },
  { bitrate: 250_000, frameRate: 24 },
  { bitrate: 650_000, frameRate: 30 },
] as const;
/** Browsers send a keyframe when asked; these also come on their own now and then. */
const KEYFRAME_EVERY_MS = 5_000;
const TICK_MS = 5;
/** Browsers send RTCP reports about once a second per stream. */
const RTCP_EVERY_MS = 1_000;
/** Fell this far behind: skip ahead instead of bursting, and count it. */
const MAX_LAG_MS = 100;

interface Paced {
  nextAt: number;
  intervalMs: number;
  send(): number;
  sender: RtpSender;
  clockRate: number;
}

export class LoadPeer {
  readonly counters = new Map<number, RtpReceiveCounter>();
  readonly kinds = new Map<number, 'audio' | 'video'>();
  readonly audio: RtpSender;
  readonly video: Vp8Layer[];
  private readonly paced: Paced[] = [];
  private nextKeyframeAt = 0;
  private nextRtcpAt = Number.POSITIVE_INFINITY;
  private receiveTransportPort = 0;
  private readonly reporterSsrc = Math.floor(Math.random() * 0xffff_ffff);
  sent = 0;
  skippedFrames = 0;

  private constructor(
    readonly sendSocket: dgram.Socket,
    readonly receiveSocket: dgram.Socket,
    readonly audioSsrc: number,
    readonly videoSsrcs: number[],
  ) {
    this.audio = new RtpSender(audioSsrc, AUDIO.payloadType);
    this.video = VIDEO_LAYERS.map(
      (layer, index) =>
        new Vp8Layer(
          new RtpSender(videoSsrcs[index]!, VIDEO_PAYLOAD_TYPE),
          layer.frameRate,
          Math.round(layer.bitrate / 8 / layer.frameRate),
        ),
    );
    receiveSocket.on('message', (packet: Buffer) => {
      if (isRtcp(packet)) return;
      this.counters.get(packet.readUInt32BE(8))?.receive(packet);
    });
    // The sending transport asks for keyframes (PLI/FIR) when a consumer starts or switches layers.
    sendSocket.on('message', (packet: Buffer) => {
      if (!isRtcp(packet)) return;
      for (const ssrc of keyframeRequests(packet)) {
        for (const layer of this.video) if (layer.rtp.ssrc === ssrc) layer.keyframeWanted = true;
      }
    });
  }

  static async open(audioSsrc: number, videoSsrcs: number[]): Promise<LoadPeer> {
    const bind = async () => {
      const socket = dgram.createSocket({ type: 'udp4', recvBufferSize: 1 << 20 });
      await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
      return socket;
    };
    return new LoadPeer(await bind(), await bind(), audioSsrc, videoSsrcs);
  }

  get receivePort(): number {
    return this.receiveSocket.address().port;
  }

  /**
   * Starts sending to the sending transport's port (comedia: it learns our
   * address from the first packet) and reporting to the receiving one.
   */
  async start(sendTransportPort: number, receiveTransportPort: number, now: number): Promise<void> {
    await new Promise<void>((resolve) => this.sendSocket.connect(sendTransportPort, '127.0.0.1', resolve));
    this.receiveTransportPort = receiveTransportPort;
    const phase = () => now + Math.random() * 30;
    this.paced.push({
      sender: this.audio,
      clockRate: 48_000,
      nextAt: phase(),
      intervalMs: AUDIO.frameMs,
      send: () => {
        const packet = this.audio.packet(AUDIO.payloadBytes, false);
        this.audio.advance((48_000 * AUDIO.frameMs) / 1000);
        this.sendSocket.send(packet);
        return 1;
      },
    });
    for (const layer of this.video) {
      this.paced.push({
        sender: layer.rtp,
        clockRate: 90_000,
        nextAt: phase(),
        intervalMs: 1000 / layer.frameRate,
        send: () => {
          const packets = layer.frame();
          for (const packet of packets) this.sendSocket.send(packet);
          return packets.length;
        },
      });
    }
    this.nextKeyframeAt = now + Math.random() * KEYFRAME_EVERY_MS;
    this.nextRtcpAt = now + 50 + Math.random() * RTCP_EVERY_MS;
  }

  private sendReports(now: number): void {
    for (const stream of this.paced) {
      this.sendSocket.send(senderReport(stream.sender, stream.clockRate, stream.nextAt - now));
    }
    if (this.counters.size > 0) {
      const report = receiverReport(this.reporterSsrc, [...this.counters]);
      this.receiveSocket.send(report, this.receiveTransportPort, '127.0.0.1');
    }
  }

  /** Sends everything due by `now`. */
  pump(now: number): void {
    if (now >= this.nextKeyframeAt) {
      this.nextKeyframeAt = now + KEYFRAME_EVERY_MS;
      for (const layer of this.video) layer.keyframeWanted = true;
    }
    if (now >= this.nextRtcpAt) {
      this.nextRtcpAt = now + RTCP_EVERY_MS;
      this.sendReports(now);
    }
    for (const stream of this.paced) {
      if (now - stream.nextAt > MAX_LAG_MS) {
        const behind = Math.floor((now - stream.nextAt) / stream.intervalMs);
        this.skippedFrames += behind;
        stream.nextAt += behind * stream.intervalMs;
      }
      while (stream.nextAt <= now) {
        this.sent += stream.send();
        stream.nextAt += stream.intervalMs;
      }
    }
  }

  /** Counts packets of `ssrc` arriving on the receive socket (a consumer of the other side). */
  expect(ssrc: number, kind: 'audio' | 'video'): void {
    this.counters.set(ssrc, new RtpReceiveCounter());
    this.kinds.set(ssrc, kind);
  }

  close(): void {
    this.sendSocket.close();
    this.receiveSocket.close();
  }
}

/** One timer for all peers: packets leave when due, whatever the number of calls. */
export class LoadGenerator {
  readonly peers: LoadPeer[] = [];
  private timer: NodeJS.Timeout | undefined;

  start(): void {
    this.timer = setInterval(() => {
      const now = performance.now();
      for (const peer of this.peers) peer.pump(now);
    }, TICK_MS);
  }

  get sent(): number {
    return this.peers.reduce((total, peer) => total + peer.sent, 0);
  }

  get skippedFrames(): number {
    return this.peers.reduce((total, peer) => total + peer.skippedFrames, 0);
  }

  stop(): void {
    clearInterval(this.timer);
    for (const peer of this.peers) peer.close();
    this.peers.length = 0;
  }
}
