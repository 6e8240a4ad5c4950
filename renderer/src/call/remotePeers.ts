// The other people in a call, one entry each: who they are, their own
// MediaStream (microphone and camera), whether their camera and microphone
// send, and their consumers. A family call has up to three others; they come
// and go (a rejoin is a new peer id), and the screens lay out one tile each.
import type { types } from 'mediasoup-client';
import type { ConsumerInfo, LinkState, PeerInfo } from '@hhc/common/protocol';
import type { SignalingClient } from './SignalingClient';
import { addInboundStats, emptyReceiveStats, type ReceiveStats } from './receiveStats';

/** What a screen needs to draw one other person: who they are (as the server said), and their media. */
export interface RemotePeerView extends PeerInfo {
  /** This person's tracks only; a new object whenever a track comes or goes. */
  stream: MediaStream;
  /** A camera track is there and the person's camera sends (not turned off). */
  videoOn: boolean;
  /** The person's microphone sends (not muted). */
  microphoneOn: boolean;
  /** The server's verdict on this person's link: sound only while weak. */
  link: LinkState;
}

/**
 * A level older than this is no longer the person's voice. Opus DTX sends a
 * packet every 400 ms in silence, so a live source is never this old.
 */
export const LEVEL_STALE_MS = 1_000;

interface Received {
  consumer: types.Consumer;
  /** The sender paused it (camera off, microphone muted). */
  producerPaused: boolean;
}

interface Entry {
  info: PeerInfo | undefined;
  stream: MediaStream;
  received: Map<string, Received>;
}

export class RemotePeers {
  private readonly entries = new Map<string, Entry>();
  /** consumerId → peerId */
  private readonly owners = new Map<string, string>();

  constructor(
    /** The server's verdict on a peer's link (lowData.ts keeps it). */
    private readonly linkOf: (peerId: string) => LinkState,
    private readonly changed: () => void,
  ) {}

  /** Everyone in the call, from a join's answer: people no longer listed go. */
  setPeers(peers: readonly PeerInfo[]): void {
    const listed = new Set(peers.map((peer) => peer.peerId));
    for (const [peerId, entry] of this.entries) {
      if (!listed.has(peerId)) this.remove(peerId, entry);
    }
    for (const peer of peers) this.entry(peer.peerId).info = peer;
    this.changed();
  }

  joined(peer: PeerInfo): void {
    this.entry(peer.peerId).info = peer;
    this.changed();
  }

  left(peerId: string): void {
    const entry = this.entries.get(peerId);
    if (!entry) return;
    this.remove(peerId, entry);
    this.changed();
  }

  has(consumerId: string): boolean {
    return this.owners.has(consumerId);
  }

  /** Receives one of a person's tracks; undefined when it is here already. */
  async receive(
    transport: types.Transport,
    info: ConsumerInfo,
    signaling: SignalingClient,
  ): Promise<types.Consumer | undefined> {
    if (this.has(info.consumerId)) return undefined;
    const consumer = await transport.consume({
      id: info.consumerId,
      producerId: info.producerId,
      kind: info.kind,
      rtpParameters: info.rtpParameters as types.RtpParameters,
    });
    this.add(info.peerId, consumer, info.producerPaused);
    // The server created it paused so no media is lost before the track is ready.
    await signaling.request('media:resume-consumer', { consumerId: consumer.id });
    return consumer;
  }

  private add(peerId: string, consumer: types.Consumer, producerPaused: boolean): void {
    const entry = this.entry(peerId);
    entry.received.set(consumer.id, { consumer, producerPaused });
    this.owners.set(consumer.id, peerId);
    this.refreshStream(entry);
    this.changed();
  }

  /** The server closed a consumer (its producer went): it is closed here too. */
  drop(consumerId: string): void {
    const peerId = this.owners.get(consumerId);
    const entry = peerId === undefined ? undefined : this.entries.get(peerId);
    const received = entry?.received.get(consumerId);
    this.owners.delete(consumerId);
    if (!entry || !received) return;
    entry.received.delete(consumerId);
    received.consumer.close();
    this.refreshStream(entry);
    this.changed();
  }

  /** The sender paused or resumed what this consumer carries ('media:consumer-paused'). */
  producerPaused(consumerId: string, paused: boolean): void {
    const peerId = this.owners.get(consumerId);
    const received = peerId === undefined ? undefined : this.entries.get(peerId)?.received.get(consumerId);
    if (!received || received.producerPaused === paused) return;
    received.producerPaused = paused;
    this.changed();
  }

  /** Media torn down for a rejoin: every consumer closes, the people stay until the join says otherwise. */
  closeAll(): void {
    for (const consumerId of [...this.owners.keys()]) this.drop(consumerId);
  }

  consumers(): types.Consumer[] {
    return [...this.entries.values()].flatMap((entry) => [...entry.received.values()].map((r) => r.consumer));
  }

  /**
   * Each person's audio level now (0–1), from their audio receiver's
   * synchronization source, which the browser updates with every packet.
   * Someone whose level the browser does not give yet is at 0.
   */
  audioLevels(now = performance.timeOrigin + performance.now()): Map<string, number> {
    const levels = new Map<string, number>();
    for (const [peerId, entry] of this.entries) {
      if (!entry.info) continue;
      let level = 0;
      for (const { consumer, producerPaused } of entry.received.values()) {
        if (consumer.kind !== 'audio' || consumer.closed || producerPaused) continue;
        for (const source of consumer.rtpReceiver?.getSynchronizationSources() ?? []) {
          // The browser keeps a source for 10 s after its last packet: a muted voice is not still talking.
          if (source.timestamp !== undefined && now - source.timestamp > LEVEL_STALE_MS) continue;
          level = Math.max(level, source.audioLevel ?? 0);
        }
      }
      levels.set(peerId, level);
    }
    return levels;
  }

  /** Totals over everything received right now, or over what one person sends us. */
  async receiveStats(peerId?: string): Promise<ReceiveStats> {
    const stats = emptyReceiveStats();
    const entries = peerId === undefined ? [...this.entries.values()] : [this.entries.get(peerId)];
    for (const entry of entries) {
      for (const { consumer } of entry?.received.values() ?? [])
        addInboundStats(stats, await consumer.getStats());
    }
    return stats;
  }

  /** Who is in the call besides us. */
  people(): PeerInfo[] {
    return [...this.entries.values()].flatMap((entry) => (entry.info ? [entry.info] : []));
  }

  /** People the server has told us about, in the order they came. */
  views(): RemotePeerView[] {
    const views: RemotePeerView[] = [];
    for (const [peerId, entry] of this.entries) {
      if (!entry.info) continue; // media that came before the person's own announcement
      const sends = (kind: 'audio' | 'video') =>
        [...entry.received.values()].some(
          ({ consumer, producerPaused }) => consumer.kind === kind && !producerPaused && !consumer.closed,
        );
      views.push({
        ...entry.info,
        stream: entry.stream,
        videoOn: sends('video'),
        microphoneOn: sends('audio'),
        link: this.linkOf(peerId),
      });
    }
    return views;
  }

  private entry(peerId: string): Entry {
    let entry = this.entries.get(peerId);
    if (!entry) {
      entry = { info: undefined, stream: new MediaStream(), received: new Map() };
      this.entries.set(peerId, entry);
    }
    return entry;
  }

  private remove(peerId: string, entry: Entry): void {
    for (const [consumerId, { consumer }] of entry.received) {
      this.owners.delete(consumerId);
      consumer.close();
    }
    this.entries.delete(peerId);
  }

  /** A new stream object, so that a <video> bound to it picks up the change. */
  private refreshStream(entry: Entry): void {
    entry.stream = new MediaStream([...entry.received.values()].map(({ consumer }) => consumer.track));
  }
}
