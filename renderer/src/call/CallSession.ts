// One call from one side (kiosk or parent) over mediasoup-client: publishes the
// camera (three simulcast layers) and microphone (Opus), receives each other
// person of the call (remotePeers.ts), and rejoins by itself when the
// connection or the media server comes back.
import { Device, type types } from 'mediasoup-client';
import type { ConsumerInfo, JoinAnswer, PeerInfo } from '@hhc/common/protocol';
import type { RtpCapabilities } from '@hhc/common/mediaSchemas';
import { AppError, ErrorCode } from '@hhc/common/result';
import { Emitter } from './Emitter';
import { ConnectionState, type SignalingClient } from './SignalingClient';
import { LocalSending } from './publish';
import { countSequentialRoundTrips } from './roundTrips';
import type { ReceiveStats } from './receiveStats';
import type { LowDataMode } from './linkQuality';
import { LowDataControl, type LinkView } from './lowData';
import { ConnectClock } from './connectClock';
import { EncoderLoadWatcher, TOP_LAYER } from './encoderLoad';
import { CallState, type JoinMetrics } from './callState';
import { RemotePeers, type RemotePeerView } from './remotePeers';
import { createCallTransport } from './transports';

export { CallState, type JoinMetrics };
export type { RemotePeerView };

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

type SessionEvents = {
  state: [CallState];
  /** Low-data mode changed; `automatic` when the session chose it because the link is weak. */
  lowData: [LowDataMode, boolean];
  /** The server switched our link or another side's between video and sound only. */
  link: [LinkView];
  /** The other people, each with their own stream, whenever anything about them changes. */
  remotes: [RemotePeerView[]];
  peers: [PeerInfo[]];
  error: [AppError];
};

export class CallSession {
  readonly metrics: JoinMetrics = {};
  private readonly events = new Emitter<SessionEvents>();
  private readonly device = new Device();
  private currentState: CallState = CallState.Idle;
  private sendTransport: types.Transport | undefined;
  private recvTransport: types.Transport | undefined;
  private readonly sending: LocalSending;
  private readonly remotes = new RemotePeers(
    (peerId) => this.lowData.linkOf(peerId),
    () => {
      this.events.emit('remotes', this.remotes.views());
      this.events.emit('peers', this.remotes.people());
    },
  );
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
    () => this.sending.camera(),
    (layer) => this.lowData.setCpuMaxLayer(layer),
  );

  constructor(
    private readonly signaling: SignalingClient,
    private readonly options: CallSessionOptions,
  ) {
    this.sending = new LocalSending(signaling);
    this.lowData = new LowDataControl(
      {
        signaling,
        camera: () => this.sending.camera(),
        consumers: () => this.remotes.consumers(),
        inCall: () => this.currentState === CallState.InCall,
      },
      {
        lowData: (mode, automatic) => this.events.emit('lowData', mode, automatic),
        link: (view) => {
          this.events.emit('link', view);
          this.events.emit('remotes', this.remotes.views());
        },
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
      s.on('media:consumer-closed', ({ consumerId }) => this.remotes.drop(consumerId)),
      s.on('media:consumer-paused', ({ consumerId, paused }) =>
        this.remotes.producerPaused(consumerId, paused),
      ),
      s.on('peer:joined', (peer) => this.remotes.joined(peer)),
      s.on('peer:left', ({ peerId }) => {
        this.lowData.peerLeft(peerId);
        this.remotes.left(peerId);
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
    this.remotes.setPeers(answer.peers);
    this.sendTransport = this.createTransport('send', answer.sendTransport);
    this.recvTransport = this.createTransport('recv', answer.recvTransport);
    this.connectClock.start();
    await Promise.all([this.publish(), ...answer.consumers.map((consumer) => this.consume(consumer))]);
    await this.lowData.joined(answer.peerId);
    if (this.options.adaptToCpu) this.encoderLoad.start();
    this.setState(CallState.InCall);
  }

  private createTransport(direction: 'send' | 'recv', params: JoinAnswer['sendTransport']): types.Transport {
    return createCallTransport(this.device, direction, params, {
      signaling: this.signaling,
      iceStarting: () => {
        if (this.metrics.iceStartedAt === undefined) this.recordIceStart();
      },
      isCurrent: (transport) => transport === this.sendTransport || transport === this.recvTransport,
      connected: () => this.mediaConnected(),
      failed: (transport) => void this.restartIce(transport),
      reportError: (error) => this.reportError(error),
    });
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
    if (this.sendTransport)
      await this.sending.publish(this.sendTransport, this.device, this.options.localStream);
  }

  private async consume(info: ConsumerInfo): Promise<void> {
    if (!this.recvTransport) return;
    const consumer = await this.remotes.receive(this.recvTransport, info, this.signaling);
    if (!consumer) return;
    if (info.kind === 'video' && this.metrics.firstRemoteVideoAt === undefined) {
      this.metrics.firstRemoteVideoAt = performance.now();
    }
    // Consumers of the join itself are brought in line by lowData.joined().
    if (this.currentState === CallState.InCall) await this.lowData.consumerAdded(consumer);
  }

  /** Totals over everything this side receives right now, or from one other person. */
  receiveStats(peerId?: string): Promise<ReceiveStats> {
    return this.remotes.receiveStats(peerId);
  }

  /** Each other person's audio level now (0–1), for the speaking mark. */
  audioLevels(): Map<string, number> {
    return this.remotes.audioLevels();
  }

  get remotePeers(): readonly PeerInfo[] {
    return this.remotes.people();
  }

  /** Sends another camera (front/back) on the same producer: no renegotiation, no gap for the other side. */
  async replaceCameraTrack(track: MediaStreamTrack): Promise<void> {
    await this.sending.replaceCameraTrack(track);
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

  /** Mute or unmute the microphone; the others see it as paused media. */
  async setMicrophoneEnabled(enabled: boolean): Promise<void> {
    await this.sending.setMicrophoneEnabled(enabled);
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
    this.remotes.closeAll();
    this.sending.producers.clear();
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
