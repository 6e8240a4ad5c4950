// One call from one side (kiosk or parent) over mediasoup-client: publishes the
// camera (three simulcast layers) and microphone (Opus), plays the other side,
// and rejoins by itself when the connection or the media server comes back.
import { Device, type types } from 'mediasoup-client';
import type { ConsumerInfo, JoinAnswer, PeerInfo } from '@hhc/common/protocol';
import type { RtpCapabilities } from '@hhc/common/mediaSchemas';
import { AppError, ErrorCode } from '@hhc/common/result';
import { Emitter } from './Emitter';
import { ConnectionState, type SignalingClient } from './SignalingClient';
import { publishLocal, type LocalSource } from './publish';
import { countSequentialRoundTrips } from './roundTrips';
import { addInboundStats, emptyReceiveStats, type ReceiveStats } from './receiveStats';
import type { LowDataMode } from './linkQuality';
import { LowDataControl, type LinkView } from './lowData';
import { ConnectClock } from './connectClock';
import { EncoderLoadWatcher, TOP_LAYER } from './encoderLoad';

export const CallState = {
  Idle: 'idle',
  Joining: 'joining',
  InCall: 'in-call',
  /** Connection or media server lost; rejoining by itself. */
  Reconnecting: 'reconnecting',
  Ended: 'ended',
  Failed: 'failed',
  /** Media never connected (UDP and TCP both blocked, a strict NAT): given up, the screens say so. */
  CannotConnect: 'cannot-connect',
} as const;
export type CallState = (typeof CallState)[keyof typeof CallState];

/** Pause before a rejoin after the media server restarted, so its replacement is up. */
export const REJOIN_DELAY_MS = 1_000;
/** Rejoins refused one after another (about 20 s of them) end the call as failed, not an endless quiet loop. */
export const MAX_FAILED_REJOINS = 10;

export interface CallSessionOptions {
  /** A call is a booking; the server decides who we are in it. */
  bookingId: string;
  localStream: MediaStream;
  /** Send fewer simulcast layers, silently, while the encoder is short of CPU (the kiosk: cheap school PCs). */
  adaptToCpu?: boolean;
}

export interface JoinMetrics {
  joinStartedAt?: number;
  /** When the server's answer to the first call:join arrived (its work inside the join, plus one round trip). */
  joinAnsweredAt?: number;
  /** When the first transport began ICE checks (right after its DTLS parameters were sent). */
  iceStartedAt?: number;
  roundTripsBeforeIce?: number;
  firstRemoteVideoAt?: number;
  /** When the remote video first showed a frame (set by the screen that shows it). */
  firstRemoteFrameAt?: number;
  /** When a transport's ICE + DTLS first reached "connected". */
  mediaConnectedAt?: number;
  /** When the session gave up because media never connected. */
  cannotConnectAt?: number;
}

type SessionEvents = {
  state: [CallState];
  /** Low-data mode changed; `automatic` when the session chose it because the link is weak. */
  lowData: [LowDataMode, boolean];
  /** The server switched our link or another side's between video and sound only. */
  link: [LinkView];
  remoteTracks: [MediaStream];
  peers: [PeerInfo[]];
  error: [AppError];
};

export class CallSession {
  readonly remoteStream = new MediaStream();
  readonly metrics: JoinMetrics = {};
  private readonly events = new Emitter<SessionEvents>();
  private readonly device = new Device();
  private currentState: CallState = CallState.Idle;
  private sendTransport: types.Transport | undefined;
  private recvTransport: types.Transport | undefined;
  private readonly producers = new Map<LocalSource, types.Producer>();
  private readonly consumers = new Map<string, types.Consumer>();
  private peers: PeerInfo[] = [];
  private readonly unsubscribes: Array<() => void> = [];
  private rejoinTimer: ReturnType<typeof setTimeout> | undefined;
  /** Runs from each join (and ICE restart) until a transport connects. */
  private readonly connectClock = new ConnectClock(() => void this.cannotConnect());
  private failedRejoins = 0;
  /** An ICE restart is under way on a call whose media had connected (the state says reconnecting). */
  private restartingIce = false;
  /** Low-data mode, the server's link verdicts and the camera button: what video flows. */
  private readonly lowData: LowDataControl;
  /** When the booked slot ends (from the join answer). */
  endsAt: number | undefined;
  /** Steps the camera's layers down while the encoder is CPU-limited (only with `adaptToCpu`). */
  readonly encoderLoad = new EncoderLoadWatcher(
    () => this.producers.get('camera'),
    (layer) => this.lowData.setCpuMaxLayer(layer),
  );

  constructor(
    private readonly signaling: SignalingClient,
    private readonly options: CallSessionOptions,
  ) {
    this.lowData = new LowDataControl(
      {
        signaling,
        camera: () => this.producers.get('camera'),
        consumers: () => this.consumers.values(),
        inCall: () => this.currentState === CallState.InCall,
      },
      {
        lowData: (mode, automatic) => this.events.emit('lowData', mode, automatic),
        link: (view) => this.events.emit('link', view),
      },
    );
  }

  /**
   * Loads the router's capabilities ahead of the join, while the user still
   * looks at the preview, so that the join itself is a single round trip.
   */
  async prepare(): Promise<void> {
    if (this.device.loaded) return;
    await this.signaling.waitUntilConnected();
    const { routerRtpCapabilities } = await this.signaling.routerCapabilities();
    if (!this.device.loaded)
      await this.device.load({ routerRtpCapabilities: routerRtpCapabilities as types.RtpCapabilities });
  }

  get state(): CallState {
    return this.currentState;
  }

  /** The signalling connection's state (for support and tests). */
  get connectionState(): string {
    return this.signaling.state;
  }

  on<E extends keyof SessionEvents>(event: E, listener: (...args: SessionEvents[E]) => void): () => void {
    return this.events.on(event, listener);
  }

  private setState(state: CallState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    this.events.emit('state', state);
  }

  async join(): Promise<void> {
    if (this.currentState !== CallState.Idle) return;
    this.metrics.joinStartedAt = performance.now();
    this.listen();
    this.setState(CallState.Joining);
    try {
      await this.prepare();
      await this.joinOnce();
    } catch (error) {
      this.fail(error);
    }
  }

  private listen(): void {
    const s = this.signaling;
    this.unsubscribes.push(
      s.on(
        'media:consumer-new',
        (consumer) => void this.consume(consumer).catch((error) => this.reportError(error)),
      ),
      s.on('media:consumer-closed', ({ consumerId }) => this.dropConsumer(consumerId)),
      s.on('peer:joined', (peer) =>
        this.setPeers([...this.peers.filter((p) => p.peerId !== peer.peerId), peer]),
      ),
      s.on('peer:left', ({ peerId }) => {
        this.lowData.peerLeft(peerId);
        this.setPeers(this.peers.filter((p) => p.peerId !== peerId));
      }),
      s.on('media:link-state', (payload) => {
        this.lowData.linkChanged(payload).catch((error: unknown) => this.reportError(error));
      }),
      s.on('call:closed', ({ reason }) => {
        this.teardownMedia();
        if (reason === 'media-timeout') {
          // The server saw no media from us: rejoining the same way would fail the same way, silently.
          void this.cannotConnect();
        } else if (reason === 'server-shutdown' || reason === 'media-server-restarted') {
          this.scheduleRejoin(REJOIN_DELAY_MS);
        } else {
          // The slot is over or a teacher changed the booking: the call ends here.
          void this.leave();
        }
      }),
      s.onStateChange((state) => {
        if (!this.isActive()) return;
        if (state === ConnectionState.Reconnecting) {
          // The server dropped this peer with the socket; rejoin once it is back.
          this.teardownMedia();
          this.setState(CallState.Reconnecting);
        } else if (state === ConnectionState.Connected && this.currentState === CallState.Reconnecting) {
          this.scheduleRejoin(0);
        }
      }),
    );
  }

  private isActive(): boolean {
    return (
      this.currentState !== CallState.Idle &&
      this.currentState !== CallState.Ended &&
      this.currentState !== CallState.Failed
    );
  }

  private scheduleRejoin(delayMs: number): void {
    if (!this.isActive()) return;
    this.setState(CallState.Reconnecting);
    clearTimeout(this.rejoinTimer);
    this.rejoinTimer = setTimeout(() => {
      if (this.signaling.state !== ConnectionState.Connected) return; // the reconnect handler rejoins
      this.joinOnce().then(
        () => (this.failedRejoins = 0),
        (error: unknown) => {
          if (++this.failedRejoins >= MAX_FAILED_REJOINS) return this.fail(error);
          this.reportError(error);
          this.scheduleRejoin(REJOIN_DELAY_MS * 2);
        },
      );
    }, delayMs);
  }

  private async joinOnce(): Promise<void> {
    this.lowData.resetLinks();
    const answer: JoinAnswer = await this.signaling.request('call:join', {
      bookingId: this.options.bookingId,
      rtpCapabilities: this.device.rtpCapabilities as RtpCapabilities,
    });
    this.metrics.joinAnsweredAt ??= performance.now();
    this.endsAt = answer.endsAt;
    this.setPeers(answer.peers);
    this.sendTransport = this.createTransport('send', answer.sendTransport);
    this.recvTransport = this.createTransport('recv', answer.recvTransport);
    this.connectClock.start();
    await Promise.all([this.publish(), ...answer.consumers.map((consumer) => this.consume(consumer))]);
    // A rejoin publishes a fresh, unmuted microphone: a person who muted stays muted.
    if (this.microphoneOffByUser) await this.setMicrophoneEnabled(false);
    await this.lowData.joined(answer.peerId);
    if (this.options.adaptToCpu) this.encoderLoad.start();
    this.setState(CallState.InCall);
  }

  private createTransport(direction: 'send' | 'recv', params: JoinAnswer['sendTransport']): types.Transport {
    const transportOptions = params as unknown as types.TransportOptions;
    const transport =
      direction === 'send'
        ? this.device.createSendTransport(transportOptions)
        : this.device.createRecvTransport(transportOptions);
    transport.on('connect', ({ dtlsParameters }, callback) => {
      // Not waiting for the server's answer saves a whole round trip on a long
      // link: the parameters leave now, ahead of any DTLS packet, which follows
      // only after ICE's own round trip. A refusal is reported; the transport
      // then never connects and the connect clock or an ICE restart takes over.
      this.signaling
        .request('transport:connect', { transportId: transport.id, dtlsParameters })
        .catch((error: unknown) => this.reportError(error));
      // mediasoup-client applies the local description right after this
      // callback, which is when ICE checks begin: a deterministic mark.
      if (this.metrics.iceStartedAt === undefined) this.recordIceStart();
      callback();
    });
    if (direction === 'send') {
      transport.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
        const source = (appData as { source: 'camera' | 'microphone' }).source;
        this.signaling
          .request('media:produce', {
            transportId: transport.id,
            kind,
            source,
            rtpParameters: rtpParameters as never,
          })
          .then(({ producerId }) => callback({ id: producerId }), errback);
      });
    }
    transport.on('connectionstatechange', (state) => {
      // A closed transport of an earlier join must not speak for the current one.
      if (transport !== this.sendTransport && transport !== this.recvTransport) return;
      if (state === 'connected') this.mediaConnected();
      if (state === 'failed') void this.restartIce(transport);
    });
    return transport;
  }

  private recordIceStart(): void {
    this.metrics.iceStartedAt = performance.now();
    if (this.metrics.joinStartedAt !== undefined) {
      this.metrics.roundTripsBeforeIce = countSequentialRoundTrips(
        this.signaling.timings,
        this.metrics.joinStartedAt,
        this.metrics.iceStartedAt,
      );
    }
  }

  private mediaConnected(): void {
    this.connectClock.stop();
    this.metrics.mediaConnectedAt ??= performance.now();
    // Back after an ICE restart: the call goes on (a rejoin in progress sets its own state).
    if (this.restartingIce) {
      this.restartingIce = false;
      if (this.currentState === CallState.Reconnecting) this.setState(CallState.InCall);
    }
  }

  /**
   * Media did not connect in time: stop trying and say so, instead of a black
   * screen and an endless silent rejoin. The server records the attempt as
   * "could not connect" (this peer's media never connected). Trying again is
   * the person's choice, from a fresh session.
   */
  private async cannotConnect(): Promise<void> {
    if (!this.isActive()) return;
    this.metrics.cannotConnectAt = performance.now();
    clearTimeout(this.rejoinTimer);
    for (const unsubscribe of this.unsubscribes.splice(0)) unsubscribe();
    this.teardownMedia();
    this.setState(CallState.CannotConnect);
    if (this.signaling.state === ConnectionState.Connected) {
      await this.signaling.request('call:leave', {}).catch(() => undefined);
    }
  }

  /** ICE failed (network change): try an ICE restart; if that fails, rejoin from scratch. */
  private async restartIce(transport: types.Transport): Promise<void> {
    this.connectClock.startIfStopped();
    // Media stopped: say so ("reconnecting", no frozen frame) rather than look like a call.
    if (this.currentState === CallState.InCall) {
      this.restartingIce = true;
      this.setState(CallState.Reconnecting);
    }
    try {
      const { iceParameters } = await this.signaling.request('transport:restart-ice', {
        transportId: transport.id,
      });
      await transport.restartIce({ iceParameters });
    } catch {
      this.teardownMedia();
      // The server still holds this peer; leave first so the rejoin is clean.
      await this.signaling.request('call:leave', {}).catch(() => undefined);
      this.scheduleRejoin(0);
    }
  }

  private async publish(): Promise<void> {
    if (!this.sendTransport) return;
    const producers = await publishLocal(this.sendTransport, this.device, this.options.localStream);
    for (const [source, producer] of producers) this.producers.set(source, producer);
  }

  private async consume(info: ConsumerInfo): Promise<void> {
    const transport = this.recvTransport;
    if (!transport || this.consumers.has(info.consumerId)) return;
    const consumer = await transport.consume({
      id: info.consumerId,
      producerId: info.producerId,
      kind: info.kind,
      rtpParameters: info.rtpParameters as types.RtpParameters,
    });
    this.consumers.set(consumer.id, consumer);
    this.remoteStream.addTrack(consumer.track);
    this.events.emit('remoteTracks', this.remoteStream);
    // The server created it paused so no media is lost before the track is ready.
    await this.signaling.request('media:resume-consumer', { consumerId: consumer.id });
    if (info.kind === 'video' && this.metrics.firstRemoteVideoAt === undefined) {
      this.metrics.firstRemoteVideoAt = performance.now();
    }
    // Consumers of the join itself are brought in line by lowData.joined().
    if (this.currentState === CallState.InCall) await this.lowData.consumerAdded(consumer);
  }

  private dropConsumer(consumerId: string): void {
    const consumer = this.consumers.get(consumerId);
    if (!consumer) return;
    this.consumers.delete(consumerId);
    this.remoteStream.removeTrack(consumer.track);
    consumer.close();
    this.events.emit('remoteTracks', this.remoteStream);
  }

  private setPeers(peers: PeerInfo[]): void {
    this.peers = peers;
    this.events.emit('peers', peers);
  }

  /** Totals over everything this side receives right now. */
  async receiveStats(): Promise<ReceiveStats> {
    const stats = emptyReceiveStats();
    for (const consumer of this.consumers.values()) addInboundStats(stats, await consumer.getStats());
    return stats;
  }

  get remotePeers(): readonly PeerInfo[] {
    return this.peers;
  }

  /** Sends another camera (front/back) on the same producer: no renegotiation, no gap for the other side. */
  async replaceCameraTrack(track: MediaStreamTrack): Promise<void> {
    await this.producers.get('camera')?.replaceTrack({ track });
  }

  get lowDataMode(): LowDataMode {
    return this.lowData.mode;
  }

  /** Our link and the other side's, as the server judges them. */
  get linkState(): LinkView {
    return this.lowData.links;
  }

  /** The person's own low-data choice, or the link watcher's when `automatic`. */
  async setLowDataMode(mode: LowDataMode, automatic = false): Promise<void> {
    await this.lowData.setMode(mode, automatic);
  }

  private microphoneOffByUser = false;

  /** Mute or unmute the microphone; the other side sees it as paused media. */
  async setMicrophoneEnabled(enabled: boolean): Promise<void> {
    this.microphoneOffByUser = !enabled;
    const producer = this.producers.get('microphone');
    if (!producer) return;
    if (enabled) producer.resume();
    else producer.pause();
    await this.signaling.request('media:set-producer-paused', { producerId: producer.id, paused: !enabled });
  }

  /** The camera is sent only while neither this, low-data mode nor a weak link holds it back. */
  async setCameraEnabled(enabled: boolean): Promise<void> {
    await this.lowData.setCameraEnabled(enabled);
  }

  /** Closes this side's transports and remote tracks; local tracks stay for a rejoin. */
  private teardownMedia(): void {
    this.connectClock.stop();
    this.restartingIce = false;
    this.lowData.stop();
    this.encoderLoad.stop();
    this.lowData.resetLinks();
    for (const consumerId of [...this.consumers.keys()]) this.dropConsumer(consumerId);
    this.producers.clear();
    // A rejoin's new camera starts with every layer again (no producer now: nothing is sent).
    void this.lowData.setCpuMaxLayer(TOP_LAYER);
    this.sendTransport?.close();
    this.recvTransport?.close();
    this.sendTransport = undefined;
    this.recvTransport = undefined;
  }

  /** Leaves the call for good. */
  async leave(): Promise<void> {
    if (!this.isActive()) return;
    clearTimeout(this.rejoinTimer);
    this.setState(CallState.Ended);
    for (const unsubscribe of this.unsubscribes.splice(0)) unsubscribe();
    this.teardownMedia();
    if (this.signaling.state === ConnectionState.Connected) {
      await this.signaling.request('call:leave', {}).catch(() => undefined);
    }
  }

  private reportError(error: unknown): void {
    const appError =
      error instanceof AppError
        ? error
        : new AppError(ErrorCode.Internal, 'Something went wrong in the call.', { cause: error });
    this.events.emit('error', appError);
  }

  private fail(error: unknown): void {
    this.reportError(error);
    clearTimeout(this.rejoinTimer);
    for (const unsubscribe of this.unsubscribes.splice(0)) unsubscribe();
    this.teardownMedia();
    this.setState(CallState.Failed);
  }
}
