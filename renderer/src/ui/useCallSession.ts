// Connects a React screen to one call: opens camera and microphone, the
// signalling connection and the CallSession, and exposes their state.
import { useEffect, useRef, useState } from 'react';
import type { PeerInfo, PeerRole } from '@hhc/common/protocol';
import { CallSession, CallState } from '../call/CallSession';
import { SignalingClient } from '../call/SignalingClient';
import { cameraConstraints, microphoneConstraints } from '../call/encodings';
import { exposeDebugHandle } from './debugHandle';

export interface CallSetup {
  serverUrl: string;
  roomId: string;
  role: PeerRole;
  displayName: string;
}

export interface CallView {
  state: CallState;
  localStream: MediaStream | undefined;
  remoteStream: MediaStream | undefined;
  peers: PeerInfo[];
  mediaError: boolean;
  microphoneOn: boolean;
  cameraOn: boolean;
  join(): void;
  leave(): void;
  toggleMicrophone(): void;
  toggleCamera(): void;
}

export function useCallSession(setup: CallSetup): CallView {
  const [state, setState] = useState<CallState>(CallState.Idle);
  const [localStream, setLocalStream] = useState<MediaStream>();
  const [remoteStream, setRemoteStream] = useState<MediaStream>();
  const [peers, setPeers] = useState<PeerInfo[]>([]);
  const [mediaError, setMediaError] = useState(false);
  const [microphoneOn, setMicrophoneOn] = useState(true);
  const [cameraOn, setCameraOn] = useState(true);
  const sessionRef = useRef<CallSession>(undefined);

  // `setup` must be memoised by the caller: a new object means a new call.
  useEffect(() => {
    let disposed = false;
    const signaling = new SignalingClient(setup.serverUrl);
    let session: CallSession | undefined;
    let stream: MediaStream | undefined;
    navigator.mediaDevices
      .getUserMedia({ audio: microphoneConstraints, video: cameraConstraints })
      .then((media) => {
        stream = media;
        if (disposed) return media.getTracks().forEach((track) => track.stop());
        setLocalStream(media);
        session = new CallSession(signaling, { ...setup, localStream: media });
        sessionRef.current = session;
        exposeDebugHandle(session);
        session.on('state', setState);
        session.on('peers', (list) => setPeers([...list]));
        session.on('remoteTracks', (remote) => setRemoteStream(new MediaStream(remote.getTracks())));
        void session.prepare().catch(() => undefined); // join retries it; this only saves a round trip
      })
      .catch(() => setMediaError(true));
    return () => {
      disposed = true;
      void session?.leave().finally(() => signaling.close());
      if (!session) signaling.close();
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [setup]);

  return {
    state,
    localStream,
    remoteStream,
    peers,
    mediaError,
    microphoneOn,
    cameraOn,
    join: () => void sessionRef.current?.join(),
    leave: () => void sessionRef.current?.leave(),
    toggleMicrophone: () => {
      const next = !microphoneOn;
      setMicrophoneOn(next);
      void sessionRef.current?.setMicrophoneEnabled(next).catch(() => undefined);
    },
    toggleCamera: () => {
      const next = !cameraOn;
      setCameraOn(next);
      void sessionRef.current?.setCameraEnabled(next).catch(() => undefined);
    },
  };
}
