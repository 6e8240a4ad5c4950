// Connects a React screen to one call: opens camera and microphone and a
// CallSession over the app's one SignalingClient, and exposes their state.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallClosedReason, PeerInfo } from '@hhc/common/protocol';
import { CallSession, CallState, type RemotePeerView } from '../call/CallSession';
import type { SignalingClient } from '../call/SignalingClient';
import type { LowDataMode } from '../call/linkQuality';
import type { LinkView } from '../call/lowData';
import type { ReceiveStats } from '../call/receiveStats';
import { exposeDebugHandle } from './debugHandle';

export interface CallView {
  state: CallState;
  /** The session exists (media is open); joining is possible. */
  ready: boolean;
  localStream: MediaStream | undefined;
  /** The other people, one each, with their own stream (up to three in a family call). */
  remotes: RemotePeerView[];
  peers: PeerInfo[];
  microphoneOn: boolean;
  cameraOn: boolean;
  endsAt: number | undefined;
  join(): void;
  leave(): void;
  toggleMicrophone(): void;
  toggleCamera(): void;
  /** Swaps the camera being sent (front/back) without leaving the call. */
  replaceCameraTrack(track: MediaStreamTrack): void;
  lowData: { mode: LowDataMode; automatic: boolean };
  setLowData(mode: LowDataMode): void;
  /** The server's verdict on our link and the other side's: sound only while weak. */
  link: LinkView;
  /** The remote video showed its first frame (join-time measurement). */
  recordFirstFrame(shownAt: number): void;
  /** Why the server closed the call for us (e.g. 'slot-ended'), once it has. */
  closedReason: CallClosedReason | undefined;
  /** What this side receives now (counters since the join), for quality samples; undefined before a session. */
  receiveStats(): Promise<ReceiveStats> | undefined;
  /** Each other person's audio level now (0–1), by peer id; empty before a session. */
  audioLevels(): Map<string, number>;
}

/**
 * The call over `localStream` (owned by the caller, who also stops it).
 * `autoJoin` joins as soon as the session exists, in the same effect: the
 * press that opened the call screen is the person's "join".
 */
export function useCallSession(
  signaling: SignalingClient,
  bookingId: string,
  localStream: MediaStream | undefined,
  options: { autoJoin?: boolean; adaptToCpu?: boolean } = {},
): CallView {
  const autoJoin = options.autoJoin ?? false;
  const [state, setState] = useState<CallState>(CallState.Idle);
  const [remotes, setRemotes] = useState<RemotePeerView[]>([]);
  const [peers, setPeers] = useState<PeerInfo[]>([]);
  const [microphoneOn, setMicrophoneOn] = useState(true);
  const [cameraOn, setCameraOn] = useState(true);
  const [endsAt, setEndsAt] = useState<number>();
  const [lowData, setLowDataState] = useState<{ mode: LowDataMode; automatic: boolean }>({
    mode: 'off',
    automatic: false,
  });
  const [link, setLink] = useState<LinkView>({ self: 'video', other: 'video' });
  const sessionRef = useRef<CallSession>(undefined);
  const [ready, setReady] = useState(false);
  const [closedReason, setClosedReason] = useState<CallClosedReason>();

  useEffect(() => {
    if (!localStream) return undefined;
    const session = new CallSession(signaling, { bookingId, localStream, adaptToCpu: options.adaptToCpu });
    sessionRef.current = session;
    setReady(true);
    exposeDebugHandle(session);
    const offs = [
      session.on('state', (next) => {
        setState(next);
        setEndsAt(session.endsAt);
      }),
      session.on('peers', (list) => setPeers([...list])),
      session.on('lowData', (mode, automatic) => setLowDataState({ mode, automatic })),
      session.on('link', setLink),
      session.on('remotes', setRemotes),
      // The session rejoins by itself after restarts; screens need to know when the server ended the call for good.
      signaling.on('call:closed', ({ reason }) => setClosedReason(reason)),
    ];
    // Leaving the page leaves the call at once (the server need not wait for the socket to time out).
    const onPageHide = () => void session.leave();
    window.addEventListener('pagehide', onPageHide);
    offs.push(() => window.removeEventListener('pagehide', onPageHide));
    if (autoJoin) void session.join();
    else void session.prepare().catch(() => undefined); // join retries it; this only saves a round trip
    return () => {
      setReady(false);
      offs.forEach((off) => off());
      void session.leave();
    };
    // The stream object changes when the camera is switched; the call keeps running over the same session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signaling, bookingId, localStream !== undefined]);

  const recordFirstFrame = useCallback((shownAt: number) => {
    const metrics = sessionRef.current?.metrics;
    if (metrics && metrics.firstRemoteFrameAt === undefined) metrics.firstRemoteFrameAt = shownAt;
  }, []);

  const receiveStats = useCallback(() => sessionRef.current?.receiveStats(), []);
  const audioLevels = useCallback(() => sessionRef.current?.audioLevels() ?? new Map<string, number>(), []);

  return {
    recordFirstFrame,
    closedReason,
    receiveStats,
    audioLevels,
    lowData,
    link,
    setLowData: (mode) => void sessionRef.current?.setLowDataMode(mode).catch(() => undefined),
    ready,
    state,
    localStream,
    remotes,
    peers,
    microphoneOn,
    cameraOn,
    endsAt,
    join: () => void sessionRef.current?.join(),
    leave: () => void sessionRef.current?.leave(),
    toggleMicrophone: () => {
      const next = !microphoneOn;
      setMicrophoneOn(next);
      void sessionRef.current?.setMicrophoneEnabled(next).catch(() => undefined);
    },
    replaceCameraTrack: (track) => void sessionRef.current?.replaceCameraTrack(track).catch(() => undefined),
    toggleCamera: () => {
      const next = !cameraOn;
      setCameraOn(next);
      void sessionRef.current?.setCameraEnabled(next).catch(() => undefined);
    },
  };
}
