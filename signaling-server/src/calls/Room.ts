// One call = one mediasoup router with a map of peers. The room decides who
// consumes what; it knows nothing of sockets and tells peers things through
// the `notify` callback it is given.
import type { types } from 'mediasoup';
import type { MediaKind, RtpCapabilities, RtpParameters, TransportOptions } from '@hhc/common/mediaSchemas';
import type {
  CallClosedReason,
  ConsumerInfo,
  JoinAnswer,
  MediaSource,
  PeerInfo,
  PeerRole,
  ServerToClientEvents,
} from '@hhc/common/protocol';
import { AppError, ErrorCode } from '@hhc/common/result';
import type { Logger } from '../logger';
import type { MediaWorker } from '../media/WorkerPool';
import { mediaCodecs } from '../media/codecs';
import { LinkGuard, measureLink, type LinkGuardOptions } from './LinkGuard';
import type { LinkChange } from './linkPolicy';
import { Peer } from './Peer';
import { recordedEndReason } from '../domain/endReasons';

export type Notify = <E extends keyof ServerToClientEvents>(
  peerId: string,
  event: E,
  ...args: Parameters<ServerToClientEvents[E]>
) => void;

export interface RoomOptions {
  maxPeers: number;
  /** A joined peer whose media has not connected by then is removed. */
  connectTimeoutMs: number;
  /** Audio only below a bandwidth threshold (config HHC_LINK_*); false or absent: off. */
  link?: LinkGuardOptions | false;
}

export interface JoinRequest {
  /** Chosen by the caller so it can route notifications to the peer before join returns. */
  peerId: string;
  /**
   * The party of the booking this peer is (the child's kiosk, one guardian's link). A party holds
   * one place: joining again, from another phone say, replaces its earlier peer.
   */
  seat: string;
  role: PeerRole;
  displayName: string;
  rtpCapabilities: RtpCapabilities;
  /**
   * Every party of the booking ('kiosk', and `guardian:<id>` for each guardian): a place stays
   * free for each one not in yet. Without it, the two sides of a one-to-one call (see partiesOf).
   */
  parties?: string[];
  /** Shown with the peer (PeerInfo): a parent's relation, the children's pictures of a kiosk. */
  relation?: PeerInfo['relation'];
  avatars?: string[];
}

/** A kiosk's seat is its own device; its party is "the children's kiosk", whichever kiosk it is. */
const partyOf = (seat: string, role: PeerRole) => (role === 'kiosk' ? 'kiosk' : seat);

// Start estimates low: many parents are on weak mobile links, and the
// bandwidth estimator ramps up quickly when there is more.
const INITIAL_OUTGOING_BITRATE = 600_000;
// A sender never needs more than its three simulcast layers plus audio.
const MAX_INCOMING_BITRATE = 1_500_000;

export class Room {
  readonly peers = new Map<string, Peer>();
  /** Joins in progress keep the room open while their transports are made. */
  private joining = 0;
  /** seat → the peer holding it (joined, or still joining); joins in progress count against the size. */
  private readonly seats = new Map<string, { peerId: string; role: PeerRole }>();
  private closed = false;
  /** Called once when the last peer leaves or the room is closed. */
  onClose: () => void = () => {};
  /** Called for every peer that goes, with why (for the call log). */
  onPeerRemoved: (peerId: string, reason: string) => void = () => {};

  private constructor(
    readonly id: string,
    readonly mediaWorker: MediaWorker,
    readonly router: types.Router,
    private readonly options: RoomOptions,
    private readonly notify: Notify,
    private readonly log: Logger,
  ) {}

  static async create(
    id: string,
    mediaWorker: MediaWorker,
    options: RoomOptions,
    notify: Notify,
    log: Logger,
  ): Promise<Room> {
    const router = await mediaWorker.worker.createRouter({ mediaCodecs });
    mediaWorker.routerCount++;
    const room = new Room(id, mediaWorker, router, options, notify, log.child({ roomId: id }));
    router.observer.once('close', () => {
      mediaWorker.routerCount--;
    });
    return room;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  async join(request: JoinRequest): Promise<{ peer: Peer; answer: Omit<JoinAnswer, 'endsAt'> }> {
    if (this.closed)
      throw new AppError(ErrorCode.MediaUnavailable, 'This call has just closed; please join again.');
    const previous = this.seats.get(request.seat)?.peerId;
    if (previous === undefined && !this.hasPlaceFor(request)) {
      throw new AppError(ErrorCode.RoomFull, 'This call already has all its participants.');
    }
    this.seats.set(request.seat, { peerId: request.peerId, role: request.role });
    this.joining++;
    if (previous !== undefined && this.peers.has(previous)) {
      this.notify(previous, 'call:closed', { reason: 'replaced' });
      this.removePeer(previous, 'replaced');
    }
    let sendTransport: types.WebRtcTransport | undefined;
    let recvTransport: types.WebRtcTransport | undefined;
    try {
      // Side by side: each is a request to the worker, and the join's answer waits for both.
      const [send, recv] = await Promise.allSettled([this.createTransport(), this.createTransport()]);
      // One made and the other not: the catch below closes the one that was made.
      if (send.status === 'fulfilled') sendTransport = send.value;
      if (recv.status === 'fulfilled') recvTransport = recv.value;
      if (send.status === 'rejected') throw send.reason;
      if (recv.status === 'rejected') throw recv.reason;
      sendTransport = send.value;
      recvTransport = recv.value;
      await sendTransport.setMaxIncomingBitrate(MAX_INCOMING_BITRATE);
    } catch (error) {
      sendTransport?.close();
      recvTransport?.close();
      this.releaseSeat(request.seat, request.peerId);
      this.joining--;
      this.closeIfEmpty();
      throw new AppError(ErrorCode.MediaUnavailable, 'The media server could not open the call.', {
        cause: error,
      });
    }
    this.joining--;
    if (this.closed || this.seats.get(request.seat)?.peerId !== request.peerId) {
      sendTransport.close();
      recvTransport.close();
      // Closed meanwhile, or the same party joined again from elsewhere while this join was under way.
      if (this.closed)
        throw new AppError(ErrorCode.MediaUnavailable, 'This call has just closed; please join again.');
      this.closeIfEmpty();
      throw new AppError(ErrorCode.AlreadyJoined, 'You joined this call again from another device.');
    }

    const peer = new Peer(
      request.peerId,
      request.seat,
      request.role,
      request.displayName,
      request.rtpCapabilities,
      sendTransport,
      recvTransport,
      { relation: request.relation, avatars: request.avatars },
    );
    this.watchMediaConnection(peer);
    this.guardLink(peer);
    const others = [...this.peers.values()];
    this.peers.set(peer.id, peer);

    const consumers: ConsumerInfo[] = [];
    for (const other of others) {
      for (const producer of other.producers.values()) {
        const consumer = await this.tryConsume(peer, other.id, producer);
        if (consumer) consumers.push(consumer);
      }
      this.notify(other.id, 'peer:joined', peer.info);
      // Sent before the join's answer, so the newcomer knows the other side is on sound only.
      if (other.linkState === 'audio-only') {
        this.notify(peer.id, 'media:link-state', { peerId: other.id, state: 'audio-only' });
      }
    }
    this.log.info({ peerId: peer.id, role: peer.role, consumers: consumers.length }, 'peer joined');
    return {
      peer,
      answer: {
        peerId: peer.id,
        self: peer.info,
        peers: others.map((other) => other.info),
        sendTransport: transportOptions(sendTransport),
        recvTransport: transportOptions(recvTransport),
        consumers,
      },
    };
  }

  private async createTransport(): Promise<types.WebRtcTransport> {
    return this.router.createWebRtcTransport({
      webRtcServer: this.mediaWorker.webRtcServer,
      enableUdp: true,
      // TCP for school networks that block UDP; UDP preferred when it works.
      enableTcp: true,
      preferUdp: true,
      initialAvailableOutgoingBitrate: INITIAL_OUTGOING_BITRATE,
    });
  }

  /** A peer that never gets media connected (or never answers at all) must not hold server state. */
  private watchMediaConnection(peer: Peer): void {
    const connected = (state: types.DtlsState): void => {
      if (state !== 'connected' || peer.mediaConnected) return;
      peer.mediaConnected = true;
      clearTimeout(peer.connectTimer);
    };
    peer.sendTransport.on('dtlsstatechange', connected);
    peer.recvTransport.on('dtlsstatechange', connected);
    peer.connectTimer = setTimeout(() => {
      if (peer.mediaConnected || !this.peers.has(peer.id)) return;
      this.log.warn({ peerId: peer.id }, 'media never connected; removing peer');
      this.notify(peer.id, 'call:closed', { reason: 'media-timeout' });
      this.removePeer(peer.id, 'media-timeout');
    }, this.options.connectTimeoutMs);
    peer.connectTimer.unref();
  }

  /** Samples the peer's downlink once its receive transport is connected; stops when the peer goes. */
  private guardLink(peer: Peer): void {
    const options = this.options.link;
    if (!options) return;
    peer.linkGuard = new LinkGuard(
      options,
      () => measureLink(peer, Date.now()),
      (change) => this.linkChanged(peer, change),
    );
    peer.recvTransport.on('dtlsstatechange', (state) => {
      if (state === 'connected') peer.linkGuard?.start();
    });
  }

  private linkChanged(peer: Peer, change: LinkChange): void {
    if (!this.peers.has(peer.id)) return;
    this.log.info({ peerId: peer.id, ...change }, 'link changed');
    peer.applyLink().catch((error: unknown) => {
      this.log.warn({ err: error, peerId: peer.id }, 'could not apply the link state to consumers');
    });
    if (change.to === 'full-video') return; // only the layer changed: nothing to tell
    for (const other of this.peers.values()) {
      this.notify(other.id, 'media:link-state', { peerId: peer.id, state: change.to });
    }
  }

  peer(peerId: string): Peer {
    const peer = this.peers.get(peerId);
    if (!peer) throw new AppError(ErrorCode.NotJoined, 'You are not in this call.');
    return peer;
  }

  async connectTransport(
    peerId: string,
    transportId: string,
    dtlsParameters: types.DtlsParameters,
  ): Promise<void> {
    const transport = this.ownTransport(peerId, transportId);
    this.peer(peerId).mediaAttempted = true;
    try {
      await transport.connect({ dtlsParameters });
    } catch (error) {
      throw new AppError(ErrorCode.BadRequest, 'The connection parameters were not accepted.', {
        cause: error,
      });
    }
  }

  async restartIce(peerId: string, transportId: string): Promise<TransportOptions['iceParameters']> {
    const transport = this.ownTransport(peerId, transportId);
    return (await transport.restartIce()) as TransportOptions['iceParameters'];
  }

  async produce(
    peerId: string,
    request: { transportId: string; kind: MediaKind; source: MediaSource; rtpParameters: RtpParameters },
  ): Promise<string> {
    const peer = this.peer(peerId);
    if (peer.sendTransport.id !== request.transportId) {
      throw new AppError(ErrorCode.UnknownTransport, 'That is not your sending connection.');
    }
    for (const existing of peer.producers.values()) {
      if ((existing.appData as { source?: MediaSource }).source === request.source) {
        throw new AppError(ErrorCode.BadRequest, `You are already sending your ${request.source}.`);
      }
    }
    const expectedKind: MediaKind = request.source === 'camera' ? 'video' : 'audio';
    if (request.kind !== expectedKind) {
      throw new AppError(ErrorCode.BadRequest, `A ${request.source} sends ${expectedKind}.`);
    }
    let producer: types.Producer;
    try {
      producer = await peer.sendTransport.produce({
        kind: request.kind,
        rtpParameters: request.rtpParameters as types.RtpParameters,
        appData: { source: request.source },
      });
    } catch (error) {
      throw new AppError(ErrorCode.BadRequest, 'The media parameters were not accepted.', { cause: error });
    }
    peer.producers.set(producer.id, producer);
    producer.observer.once('close', () => peer.producers.delete(producer.id));
    for (const other of this.peers.values()) {
      if (other.id === peerId) continue;
      const consumer = await this.tryConsume(other, peerId, producer);
      if (consumer) this.notify(other.id, 'media:consumer-new', consumer);
    }
    return producer.id;
  }

  async setProducerPaused(peerId: string, producerId: string, paused: boolean): Promise<void> {
    const producer = this.peer(peerId).producers.get(producerId);
    if (!producer) throw new AppError(ErrorCode.UnknownProducer, 'You are not sending that media.');
    if (paused) await producer.pause();
    else await producer.resume();
  }

  /** The client's track is ready: media may flow (unless the person or the link holds it). */
  async resumeConsumer(peerId: string, consumerId: string): Promise<void> {
    await this.ownConsumer(peerId, consumerId).setWish(consumerId, { ready: true });
  }

  /** Low-data mode: the receiving side pauses a consumer or asks for a smaller layer. */
  async setConsumerPreferences(
    peerId: string,
    consumerId: string,
    preferences: { paused?: boolean; spatialLayer?: number },
  ): Promise<void> {
    const peer = this.ownConsumer(peerId, consumerId);
    await peer.setWish(consumerId, {
      // Asking to unpause also says the track is ready, as a resume does.
      ...(preferences.paused === undefined
        ? {}
        : { paused: preferences.paused, ...(preferences.paused ? {} : { ready: true }) }),
      ...(preferences.spatialLayer === undefined ? {} : { spatialLayer: preferences.spatialLayer }),
    });
  }

  private ownConsumer(peerId: string, consumerId: string): Peer {
    const peer = this.peer(peerId);
    if (!peer.consumers.has(consumerId)) {
      throw new AppError(ErrorCode.UnknownConsumer, 'You are not receiving that media.');
    }
    return peer;
  }

  /** Creates a paused consumer of `producer` for `peer`, or undefined if its device cannot play it. */
  private async tryConsume(
    peer: Peer,
    producerPeerId: string,
    producer: types.Producer,
  ): Promise<ConsumerInfo | undefined> {
    const rtpCapabilities = peer.rtpCapabilities as types.RtpCapabilities;
    if (!this.router.canConsume({ producerId: producer.id, rtpCapabilities })) {
      this.log.warn(
        { peerId: peer.id, producerId: producer.id },
        'peer cannot consume producer (no common codec)',
      );
      return undefined;
    }
    const consumer = await peer.recvTransport.consume({
      producerId: producer.id,
      rtpCapabilities,
      paused: true,
    });
    peer.addConsumer(consumer);
    consumer.on('producerclose', () => {
      // mediasoup closes the consumer itself; the client only needs telling.
      this.notify(peer.id, 'media:consumer-closed', { consumerId: consumer.id });
    });
    consumer.on('producerpause', () =>
      this.notify(peer.id, 'media:consumer-paused', { consumerId: consumer.id, paused: true }),
    );
    consumer.on('producerresume', () =>
      this.notify(peer.id, 'media:consumer-paused', { consumerId: consumer.id, paused: false }),
    );
    return {
      consumerId: consumer.id,
      producerId: producer.id,
      peerId: producerPeerId,
      kind: consumer.kind,
      source: (producer.appData as { source: MediaSource }).source,
      rtpParameters: consumer.rtpParameters as RtpParameters,
      producerPaused: consumer.producerPaused,
    };
  }

  private ownTransport(peerId: string, transportId: string): types.WebRtcTransport {
    const transport = this.peer(peerId).transport(transportId);
    if (!transport) throw new AppError(ErrorCode.UnknownTransport, 'That connection is not yours.');
    return transport;
  }

  /** Removes a peer and everything it owns; the last one out closes the room. */
  removePeer(peerId: string, reason = 'left'): void {
    const peer = this.peers.get(peerId);
    if (!peer) return;
    this.peers.delete(peerId);
    this.releaseSeat(peer.seat, peerId);
    peer.close();
    this.onPeerRemoved(peerId, recordedEndReason(peer, reason));
    this.log.info({ peerId, reason }, 'peer left');
    for (const other of this.peers.values()) this.notify(other.id, 'peer:left', { peerId });
    this.closeIfEmpty();
  }

  private releaseSeat(seat: string, peerId: string): void {
    if (this.seats.get(seat)?.peerId === peerId) this.seats.delete(seat);
  }

  /**
   * A new place for this party, keeping one free for each party of the booking (the children's
   * kiosk, each guardian) that is not in yet: a second kiosk or an extra device can never shut a
   * booked guardian out. A one-to-one booking without a party list keeps the kiosk and one parent.
   */
  private hasPlaceFor(request: JoinRequest): boolean {
    const parties = request.parties ?? ['kiosk', 'parent'];
    const party = request.parties ? partyOf : (_seat: string, role: PeerRole) => role;
    const seated = new Set([...this.seats].map(([seat, { role }]) => party(seat, role)));
    const mine = party(request.seat, request.role);
    const keptFree = parties.filter((p) => p !== mine && !seated.has(p)).length;
    return this.seats.size + 1 + keptFree <= this.options.maxPeers;
  }

  private closeIfEmpty(): void {
    if (this.peers.size === 0 && this.joining === 0) this.close();
  }

  /** Closes the room; peers still inside are told why. */
  close(reason?: CallClosedReason): void {
    if (this.closed) return;
    this.closed = true;
    for (const peer of this.peers.values()) {
      if (reason) this.notify(peer.id, 'call:closed', { reason });
      peer.close();
      this.onPeerRemoved(peer.id, recordedEndReason(peer, reason ?? 'closed'));
    }
    this.peers.clear();
    this.seats.clear();
    this.router.close();
    this.log.info({ reason }, 'room closed');
    this.onClose();
  }
}

function transportOptions(transport: types.WebRtcTransport): TransportOptions {
  return {
    id: transport.id,
    iceParameters: transport.iceParameters,
    iceCandidates: transport.iceCandidates as TransportOptions['iceCandidates'],
    dtlsParameters: transport.dtlsParameters as TransportOptions['dtlsParameters'],
  };
}
