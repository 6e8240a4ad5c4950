// One call from one side (kiosk or parent) over mediasoup-client: publishes the
// camera (three simulcast layers) and microphone (Opus), plays the other side,
// and rejoins by itself when the connection or the media server comes back.
import { Device, type types } from 'mediasoup-client';
import type { ConsumerInfo, JoinAnswer, PeerInfo } from '@hhc/common/protocol';
import type { RtpCapabilities } from '@hhc/common/mediaSchemas';
import { AppError, ErrorCode } from '@hhc/common/result';
import { Emitter } from './Emitter';
import { ConnectionState, type SignalingClient } from './SignalingClient';
import { cameraCodecOptions, cameraEncodings, microphoneCodecOptions } from './encodings';
import { countSequentialRoundTrips } from './roundTrips';
import { addInboundStats, emptyReceiveStats, type ReceiveStats } from './receiveStats';
import type { LowDataMode, ReceiveSample } from './linkQuality';
import { LinkWatcher } from './LinkWatcher';

export const CallState = {
  Idle: 'idle',
  Joining: 'joining',
  InCall: 'in-call',
  /** Connection or media server lost; rejoining by itself. */
  Reconnecting: 'reconnecting',
  Ended: 'ended',
  Failed: 'failed',
} as const;
export type CallState = (typeof CallState)[keyof typeof CallState];

/** Pause before a rejoin after the media server restarted, so its replacement is up. */
export const REJOIN_DELAY_MS = 1_000;

export interface CallSessionOptions {
  /** A call is a booking; the server decides who we are in it. */
  bookingId: string;
  localStream: MediaStream;
}

export interface JoinMetrics {
  joinStartedAt?: number;
  /** When the first transport began ICE checks (its DTLS parameters were acknowledged). */
  iceStartedAt?: number;
  roundTripsBeforeIce?: number;
  firstRemoteVideoAt?: number;
  /** When the remote video first showed a frame (set by the screen that shows it). */
  firstRemoteFrameAt?: number;
}

type SessionEvents = {
  state: [CallState];
  /** Low-data mode changed; `automatic` when the session chose it because the link is weak. */
  lowData: [LowDataMode, boolean];
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
  private readonly producers = new Map<'camera' | 'microphone', types.Producer>();
  private readonly consumers = new Map<string, types.Consumer>();
  private peers: PeerInfo[] = [];
  private readonly unsubscribes: Array<() => void> = [];
  private rejoinTimer: ReturnType<typeof setTimeout> | undefined;
  private lowData: LowDataMode = 'off';
  private readonly linkWatcher = new LinkWatcher(
    () => this.linkSample(),
    () => this.lowData,
    (mode) => this.setLowDataMode(mode, true),
  );
  /** When the booked slot ends (from the join answer). */
  endsAt: number | undefined;

  constructor(
    private readonly signaling: SignalingClient,
    private readonly options: CallSessionOptions,
  ) {}

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
      s.on('peer:left', ({ peerId }) => this.setPeers(this.peers.filter((p) => p.peerId !== peerId))),
      s.on('call:closed', ({ reason }) => {
        this.teardownMedia();
        if (
          reason === 'server-shutdown' ||
          reason === 'media-server-restarted' ||
          reason === 'media-timeout'
        ) {
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
      this.joinOnce().catch((error: unknown) => {
        this.reportError(error);
        this.scheduleRejoin(REJOIN_DELAY_MS * 2);
      });
    }, delayMs);
  }

  private async joinOnce(): Promise<void> {
    const answer: JoinAnswer = await this.signaling.request('call:join', {
      bookingId: this.options.bookingId,
      rtpCapabilities: this.device.rtpCapabilities as RtpCapabilities,
    });
    this.endsAt = answer.endsAt;
    this.setPeers(answer.peers);
    this.sendTransport = this.createTransport('send', answer.sendTransport);
    this.recvTransport = this.createTransport('recv', answer.recvTransport);
    await Promise.all([this.publish(), ...answer.consumers.map((consumer) => this.consume(consumer))]);
    if (this.lowData !== 'off') await this.applyLowData();
    this.setState(CallState.InCall);
    this.linkWatcher.start();
  }

  private createTransport(direction: 'send' | 'recv', params: JoinAnswer['sendTransport']): types.Transport {
    const transportOptions = params as unknown as types.TransportOptions;
    const transport =
      direction === 'send'
        ? this.device.createSendTransport(transportOptions)
        : this.device.createRecvTransport(transportOptions);
    transport.on('connect', ({ dtlsParameters }, callback, errback) => {
      this.signaling.request('transport:connect', { transportId: transport.id, dtlsParameters }).then(() => {
        // mediasoup-client applies the remote description right after this
        // callback, which is when ICE checks begin: a deterministic mark.
        if (this.metrics.iceStartedAt === undefined) this.recordIceStart();
        callback();
      }, errback);
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

  /** ICE failed (network change): try an ICE restart; if that fails, rejoin from scratch. */
  private async restartIce(transport: types.Transport): Promise<void> {
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
    const transport = this.sendTransport;
    if (!transport) return;
    const audio = this.options.localStream.getAudioTracks()[0];
    const video = this.options.localStream.getVideoTracks()[0];
    const tasks: Array<Promise<void>> = [];
    if (audio && this.device.canProduce('audio')) {
      tasks.push(
        transport
          .produce({
            track: audio,
            codecOptions: microphoneCodecOptions,
            stopTracks: false,
            appData: { source: 'microphone' },
          })
          .then((producer) => void this.producers.set('microphone', producer)),
      );
    }
    if (video && this.device.canProduce('video')) {
      tasks.push(
        transport
          .produce({
            track: video,
            encodings: cameraEncodings,
            codecOptions: cameraCodecOptions,
            stopTracks: false,
            appData: { source: 'camera' },
          })
          .then((producer) => void this.producers.set('camera', producer)),
      );
    }
    await Promise.all(tasks);
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
    return this.lowData;
  }

  /**
   * Low-data mode: 'small' receives and sends only the smallest video layer,
   * 'audio' stops video both ways. Audio always continues.
   */
  async setLowDataMode(mode: LowDataMode, automatic = false): Promise<void> {
    if (mode === this.lowData) return;
    this.lowData = mode;
    this.events.emit('lowData', mode, automatic);
    await this.applyLowData();
  }

  private async applyLowData(): Promise<void> {
    const mode = this.lowData;
    const camera = this.producers.get('camera');
    const requests: Array<Promise<unknown>> = [];
    for (const consumer of this.consumers.values()) {
      if (consumer.kind !== 'video') continue;
      requests.push(
        this.signaling.request('media:set-consumer-preferences', {
          consumerId: consumer.id,
          paused: mode === 'audio',
          spatialLayer: mode === 'off' ? 2 : 0,
        }),
      );
    }
    if (camera) {
      // Sending matters as much as receiving on a weak uplink.
      await camera.setMaxSpatialLayer(mode === 'off' ? 2 : 0).catch(() => undefined);
      if (mode === 'audio' && !camera.paused) {
        camera.pause();
        requests.push(
          this.signaling.request('media:set-producer-paused', { producerId: camera.id, paused: true }),
        );
      } else if (mode !== 'audio' && camera.paused && !this.cameraOffByUser) {
        camera.resume();
        requests.push(
          this.signaling.request('media:set-producer-paused', { producerId: camera.id, paused: false }),
        );
      }
    }
    await Promise.all(requests);
  }

  /** Packet counters over everything received, for the link watcher. */
  private async linkSample(): Promise<ReceiveSample> {
    const sample: ReceiveSample = { packetsReceived: 0, packetsLost: 0 };
    if (this.currentState !== CallState.InCall) return sample;
    for (const consumer of this.consumers.values()) {
      (await consumer.getStats()).forEach((entry: Record<string, unknown>) => {
        if (entry['type'] !== 'inbound-rtp') return;
        sample.packetsReceived += Number(entry['packetsReceived'] ?? 0);
        sample.packetsLost += Number(entry['packetsLost'] ?? 0);
      });
    }
    return sample;
  }

  /** Mute or unmute the microphone; the other side sees it as paused media. */
  async setMicrophoneEnabled(enabled: boolean): Promise<void> {
    await this.setSourceEnabled('microphone', enabled);
  }

  async setCameraEnabled(enabled: boolean): Promise<void> {
    await this.setSourceEnabled('camera', enabled);
  }

  private cameraOffByUser = false;

  private async setSourceEnabled(source: 'camera' | 'microphone', enabled: boolean): Promise<void> {
    if (source === 'camera') this.cameraOffByUser = !enabled;
    const producer = this.producers.get(source);
    if (!producer) return;
    if (enabled) producer.resume();
    else producer.pause();
    await this.signaling.request('media:set-producer-paused', { producerId: producer.id, paused: !enabled });
  }

  /** Closes this side's transports and remote tracks; local tracks stay for a rejoin. */
  private teardownMedia(): void {
    this.linkWatcher.stop();
    for (const consumerId of [...this.consumers.keys()]) this.dropConsumer(consumerId);
    this.producers.clear();
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
