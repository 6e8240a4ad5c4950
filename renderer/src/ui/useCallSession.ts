// Connects a React screen to one call: opens camera and microphone and a
// CallSession over the app's one SignalingClient, and exposes their state.
import { useEffect, useRef, useState } from 'react';
import type { PeerInfo } from '@hhc/common/protocol';
import { CallSession, CallState } from '../call/CallSession';
import type { SignalingClient } from '../call/SignalingClient';
import { cameraConstraints, microphoneConstraints } from '../call/encodings';
import { exposeDebugHandle } from './debugHandle';

export interface CallView {
  state: CallState;
  localStream: MediaStream | undefined;
  remoteStream: MediaStream | undefined;
  peers: PeerInfo[];
  mediaError: boolean;
  microphoneOn: boolean;
  cameraOn: boolean;
  endsAt: number | undefined;
  join(): void;
  leave(): void;
  toggleMicrophone(): void;
  toggleCamera(): void;
}

export function useCallSession(signaling: SignalingClient, bookingId: string): CallView {
  const [state, setState] = useState<CallState>(CallState.Idle);
  const [localStream, setLocalStream] = useState<MediaStream>();
  const [remoteStream, setRemoteStream] = useState<MediaStream>();
  const [peers, setPeers] = useState<PeerInfo[]>([]);
  const [mediaError, setMediaError] = useState(false);
  const [microphoneOn, setMicrophoneOn] = useState(true);
  const [cameraOn, setCameraOn] = useState(true);
  const [endsAt, setEndsAt] = useState<number>();
  const sessionRef = useRef<CallSession>(undefined);

  useEffect(() => {
    let disposed = false;
    let session: CallSession | undefined;
    let stream: MediaStream | undefined;
    navigator.mediaDevices
      .getUserMedia({ audio: microphoneConstraints, video: cameraConstraints })
      .then((media) => {
        stream = media;
        if (disposed) return media.getTracks().forEach((track) => track.stop());
        setLocalStream(media);
        session = new CallSession(signaling, { bookingId, localStream: media });
        sessionRef.current = session;
        exposeDebugHandle(session);
        session.on('state', (next) => {
          setState(next);
          setEndsAt(session?.endsAt);
        });
        session.on('peers', (list) => setPeers([...list]));
        session.on('remoteTracks', (remote) => setRemoteStream(new MediaStream(remote.getTracks())));
        void session.prepare().catch(() => undefined); // join retries it; this only saves a round trip
      })
      .catch(() => setMediaError(true));
    return () => {
      disposed = true;
      void session?.leave();
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [signaling, bookingId]);

  return {
    state,
    localStream,
    remoteStream,
    peers,
    mediaError,
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
    toggleCamera: () => {
      const next = !cameraOn;
      setCameraOn(next);
      void sessionRef.current?.setCameraEnabled(next).catch(() => undefined);
    },
  };
}
