// How much video a call carries, from three sources that must agree:
// - the person's own low-data choice ('off' | 'small' | 'audio'), which the
//   LinkWatcher may also step down by itself when much is lost (and back up,
//   out of a mode it chose, once the link has recovered);
// - the server's verdict on each side's link ('media:link-state'): when our own
//   link is audio only the server has paused the video we receive and we stop
//   sending our camera; when the other side's is, its camera stops;
// - the person's camera button.
// The camera is sent only when none of them holds it back.
import type { types } from 'mediasoup-client';
import type { LinkState, LinkStateEvent } from '@hhc/common/protocol';
import type { SignalingClient } from './SignalingClient';
import type { LowDataMode, ReceiveSample } from './linkQuality';
import { LinkWatcher } from './LinkWatcher';

/** What the screen shows about links: ours, and whether any other side is on sound only. */
export interface LinkView {
  self: LinkState;
  other: LinkState;
}

export interface MediaHandles {
  signaling: SignalingClient;
  camera(): types.Producer | undefined;
  consumers(): Iterable<types.Consumer>;
  inCall(): boolean;
}

export interface LowDataListeners {
  lowData(mode: LowDataMode, automatic: boolean): void;
  link(view: LinkView): void;
}

export class LowDataControl {
  private lowData: LowDataMode = 'off';
  /** The mode was set by the link watcher, not by the person (only then does it step back up by itself). */
  private automatic = false;
  private cameraOffByUser = false;
  /** The highest layer the encoder keeps up with (lowered by encoderLoad.ts on a slow PC). */
  private cpuMaxLayer = 2;
  private selfPeerId: string | undefined;
  private selfLink: LinkState = 'video';
  /** Other peers whose link is audio only. */
  private readonly othersAudioOnly = new Set<string>();
  private readonly watcher = new LinkWatcher(
    () => this.sample(),
    () => ({ mode: this.lowData, automatic: this.automatic }),
    (mode) => this.setMode(mode, true),
  );

  constructor(
    private readonly media: MediaHandles,
    private readonly listeners: LowDataListeners,
  ) {}

  get mode(): LowDataMode {
    return this.lowData;
  }

  /** The server's verdict on another peer's link. */
  linkOf(peerId: string): LinkState {
    return this.othersAudioOnly.has(peerId) ? 'audio-only' : 'video';
  }

  get links(): LinkView {
    return { self: this.selfLink, other: this.othersAudioOnly.size > 0 ? 'audio-only' : 'video' };
  }

  /**
   * 'small' receives and sends only the smallest video layer, 'audio' stops
   * video both ways. Audio always continues.
   */
  async setMode(mode: LowDataMode, automatic = false): Promise<void> {
    if (mode === this.lowData) {
      // The person confirming what the watcher chose makes it theirs.
      if (!automatic) this.automatic = false;
      return;
    }
    this.lowData = mode;
    this.automatic = automatic;
    this.listeners.lowData(mode, automatic);
    await this.apply();
  }

  async setCameraEnabled(enabled: boolean): Promise<void> {
    this.cameraOffByUser = !enabled;
    await this.syncCamera(true);
  }

  /** Before a (re)join: the server knows nothing of the old peer's links. */
  resetLinks(): void {
    this.selfPeerId = undefined;
    this.selfLink = 'video';
    this.othersAudioOnly.clear();
    this.listeners.link(this.links);
  }

  /** After a join: who we are, then everything brought in line (the camera is new and unpaused). */
  async joined(selfPeerId: string): Promise<void> {
    this.selfPeerId = selfPeerId;
    if (this.lowData !== 'off') await this.apply();
    else await this.syncCamera(false);
    this.watcher.start();
  }

  stop(): void {
    this.watcher.stop();
  }

  /** A 'media:link-state' push from the server. */
  async linkChanged(payload: unknown): Promise<void> {
    if (!isLinkStateEvent(payload)) return;
    const { peerId, state } = payload;
    if (peerId === this.selfPeerId) {
      this.selfLink = state;
      this.listeners.link(this.links);
      await this.syncCamera(false);
      return;
    }
    if (state === 'audio-only') this.othersAudioOnly.add(peerId);
    else this.othersAudioOnly.delete(peerId);
    this.listeners.link(this.links);
  }

  peerLeft(peerId: string): void {
    if (this.othersAudioOnly.delete(peerId)) this.listeners.link(this.links);
  }

  /** A video consumer that arrives after the choice was made (the other side rejoined) gets it too. */
  async consumerAdded(consumer: types.Consumer): Promise<void> {
    if (consumer.kind === 'video' && this.lowData !== 'off') await this.preferences(consumer);
  }

  private preferences(consumer: types.Consumer): Promise<unknown> {
    return this.media.signaling.request('media:set-consumer-preferences', {
      consumerId: consumer.id,
      paused: this.lowData === 'audio',
      spatialLayer: this.lowData === 'off' ? 2 : 0,
    });
  }

  private async apply(): Promise<void> {
    const requests: Array<Promise<unknown>> = [];
    for (const consumer of this.media.consumers()) {
      if (consumer.kind === 'video') requests.push(this.preferences(consumer));
    }
    // Sending matters as much as receiving on a weak uplink.
    await this.sendLayers();
    requests.push(this.syncCamera(false));
    await Promise.all(requests);
  }

  /** The encoder is short of CPU (encoderLoad.ts): send at most `layer`, whatever the mode allows. */
  async setCpuMaxLayer(layer: number): Promise<void> {
    this.cpuMaxLayer = layer;
    await this.sendLayers();
  }

  /** The camera sends the layers both low-data mode and the CPU allow. */
  private async sendLayers(): Promise<void> {
    const layer = Math.min(this.lowData === 'off' ? 2 : 0, this.cpuMaxLayer);
    await this.media
      .camera()
      ?.setMaxSpatialLayer(layer)
      .catch(() => undefined);
  }

  /** Pauses or resumes the camera so that it is sent only when nothing holds it back. */
  private async syncCamera(always: boolean): Promise<void> {
    const camera = this.media.camera();
    if (!camera) return;
    const wanted = !this.cameraOffByUser && this.lowData !== 'audio' && this.selfLink !== 'audio-only';
    if (wanted === !camera.paused && !always) return;
    if (wanted) camera.resume();
    else camera.pause();
    await this.media.signaling.request('media:set-producer-paused', {
      producerId: camera.id,
      paused: !wanted,
    });
  }

  /** Packet counters over everything received, for the link watcher. */
  private async sample(): Promise<ReceiveSample> {
    const sample: ReceiveSample = { packetsReceived: 0, packetsLost: 0 };
    if (!this.media.inCall()) return sample;
    for (const consumer of this.media.consumers()) {
      (await consumer.getStats()).forEach((entry: Record<string, unknown>) => {
        if (entry['type'] !== 'inbound-rtp') return;
        sample.packetsReceived += Number(entry['packetsReceived'] ?? 0);
        sample.packetsLost += Number(entry['packetsLost'] ?? 0);
      });
    }
    return sample;
  }
}

/**
 * The shape of 'media:link-state' (linkStateEventSchema on the server side),
 * checked by hand: zod is not part of the parent page's bundle, and this is all of it.
 */
export function isLinkStateEvent(payload: unknown): payload is LinkStateEvent {
  if (typeof payload !== 'object' || payload === null) return false;
  const { peerId, state } = payload as Record<string, unknown>;
  return typeof peerId === 'string' && (state === 'video' || state === 'audio-only');
}
