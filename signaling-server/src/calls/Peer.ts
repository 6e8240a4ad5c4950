// One participant of a call: its two transports and the producers and
// consumers that hang off them. Closing the transports closes the rest.
//
// Whether a consumer runs depends on two parties: the person (the client says
// when its track is ready, and may pause a video or ask for a smaller layer to
// save data) and the server's link guard (which holds video back while this
// peer's link is too weak). Each keeps its own say; a consumer runs only when
// neither holds it, so video that returns never resumes what the person paused.
import type { types } from 'mediasoup';
import type { LinkState, PeerInfo, PeerRole } from '@hhc/common/protocol';
import type { RtpCapabilities } from '@hhc/common/mediaSchemas';
import type { LinkGuard } from './LinkGuard';

/** What the person asked for one consumer. */
export interface ConsumerWish {
  /** The client has its track and asked for media (consumers start paused). */
  ready: boolean;
  /** Paused by the person (low-data mode). */
  paused: boolean;
  /** Preferred simulcast layer; mediasoup's own default (the highest) until the person picks one. */
  spatialLayer?: number;
}

export class Peer {
  readonly producers = new Map<string, types.Producer>();
  readonly consumers = new Map<string, types.Consumer>();
  private readonly wishes = new Map<string, ConsumerWish>();
  /** Consumer changes run one after another, each reading the latest wishes and link state. */
  private applying: Promise<void> = Promise.resolve();
  /** Set once any transport's DTLS is connected: media works for this peer. */
  mediaConnected = false;
  /** Set once the client sent DTLS parameters: it tried to connect media (ICE ran). */
  mediaAttempted = false;
  connectTimer: NodeJS.Timeout | undefined;
  linkGuard: LinkGuard | undefined;

  constructor(
    readonly id: string,
    /** The booking's party this peer is (see Room's seats). */
    readonly seat: string,
    readonly role: PeerRole,
    readonly displayName: string,
    readonly rtpCapabilities: RtpCapabilities,
    readonly sendTransport: types.WebRtcTransport,
    readonly recvTransport: types.WebRtcTransport,
    /** What screens show beside the name: a parent's relation, a kiosk's children's pictures. */
    readonly profile: Pick<PeerInfo, 'relation' | 'avatars'> = {},
  ) {}

  get info(): PeerInfo {
    const { relation, avatars } = this.profile;
    return {
      peerId: this.id,
      role: this.role,
      displayName: this.displayName,
      ...(relation ? { relation } : {}),
      ...(avatars ? { avatars } : {}),
    };
  }

  get linkState(): LinkState {
    return this.linkGuard?.state ?? 'video';
  }

  transport(transportId: string): types.WebRtcTransport | undefined {
    if (this.sendTransport.id === transportId) return this.sendTransport;
    if (this.recvTransport.id === transportId) return this.recvTransport;
    return undefined;
  }

  addConsumer(consumer: types.Consumer): void {
    this.consumers.set(consumer.id, consumer);
    const spatialLayer = consumer.preferredLayers?.spatialLayer;
    this.wishes.set(consumer.id, {
      ready: false,
      paused: false,
      ...(spatialLayer !== undefined ? { spatialLayer } : {}),
    });
    consumer.observer.once('close', () => {
      this.consumers.delete(consumer.id);
      this.wishes.delete(consumer.id);
    });
  }

  /** Records what the person wants for one consumer and applies it (within what the link allows). */
  async setWish(consumerId: string, change: Partial<ConsumerWish>): Promise<void> {
    const wish = this.wishes.get(consumerId);
    if (!wish) return;
    Object.assign(wish, change);
    await this.enqueue(() => this.applyConsumer(consumerId));
  }

  /** Brings every consumer in line after the link state changed. */
  async applyLink(): Promise<void> {
    await this.enqueue(async () => {
      for (const consumerId of [...this.consumers.keys()]) await this.applyConsumer(consumerId);
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.applying.then(task);
    this.applying = run.catch(() => undefined);
    return run;
  }

  private async applyConsumer(consumerId: string): Promise<void> {
    const consumer = this.consumers.get(consumerId);
    const wish = this.wishes.get(consumerId);
    if (!consumer || !wish || consumer.closed) return;
    const heldByLink = consumer.kind === 'video' && this.linkState === 'audio-only';
    try {
      if (consumer.type === 'simulcast') {
        // Video that comes back starts small; mediasoup raises it once the hold is lifted.
        const layer = this.linkGuard?.smallestLayer ? 0 : wish.spatialLayer;
        if (layer !== undefined && consumer.preferredLayers?.spatialLayer !== layer) {
          await consumer.setPreferredLayers({ spatialLayer: layer });
        }
      }
      const pause = !wish.ready || wish.paused || heldByLink;
      if (pause && !consumer.paused) await consumer.pause();
      else if (!pause && consumer.paused) await consumer.resume();
    } catch (error) {
      if (!consumer.closed) throw error; // closed meanwhile (its producer or this peer went): nothing to do
    }
  }

  close(): void {
    clearTimeout(this.connectTimer);
    this.linkGuard?.stop();
    this.sendTransport.close();
    this.recvTransport.close();
    this.producers.clear();
    this.consumers.clear();
    this.wishes.clear();
  }
}
