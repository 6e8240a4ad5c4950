// Camera and microphone for this page, with the reason when they cannot be
// had, and switching between the front and back camera on phones.
import { useCallback, useEffect, useRef, useState } from 'react';
import { cameraConstraints, microphoneConstraints } from '../call/encodings';

export type MediaProblem = 'denied' | 'no-device' | 'unsupported' | 'failed';
export type Facing = 'user' | 'environment';

export interface LocalMedia {
  stream: MediaStream | undefined;
  problem: MediaProblem | undefined;
  facing: Facing;
  /** Opens the other camera; resolves with the new video track (the call swaps it in). */
  switchCamera(): Promise<MediaStreamTrack | undefined>;
  retry(): void;
}

export function classifyMediaError(error: unknown): MediaProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError')
    return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError')
    return 'no-device';
  return 'failed';
}

/** `enabled` false keeps the devices closed (and closes them when it turns false). */
export function useLocalMedia(enabled = true): LocalMedia {
  const [stream, setStream] = useState<MediaStream>();
  const [problem, setProblem] = useState<MediaProblem>();
  const [facing, setFacing] = useState<Facing>('user');
  const [attempt, setAttempt] = useState(0);
  const streamRef = useRef<MediaStream>(undefined);

  useEffect(() => {
    if (!enabled) {
      setStream(undefined);
      return undefined;
    }
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem('unsupported');
      return undefined;
    }
    let disposed = false;
    navigator.mediaDevices
      .getUserMedia({ audio: microphoneConstraints, video: { ...cameraConstraints, facingMode: 'user' } })
      .then((media) => {
        if (disposed) return media.getTracks().forEach((track) => track.stop());
        streamRef.current = media;
        setProblem(undefined);
        setStream(media);
      })
      .catch((error: unknown) => setProblem(classifyMediaError(error)));
    return () => {
      disposed = true;
      streamRef.current?.getTracks().forEach((track) => track.stop());
      streamRef.current = undefined;
    };
  }, [attempt, enabled]);

  // Leaving the page (closing the tab, going back, switching apps that unload it) releases the camera
  // at once: a page kept in the back-forward cache would otherwise keep the phone's camera light on.
  useEffect(() => {
    if (!enabled) return undefined;
    const release = () => {
      streamRef.current?.getTracks().forEach((track) => track.stop());
      streamRef.current = undefined;
      setStream(undefined);
    };
    // Restored from that cache: open the devices again.
    const restore = (event: PageTransitionEvent) => event.persisted && setAttempt((n) => n + 1);
    window.addEventListener('pagehide', release);
    window.addEventListener('pageshow', restore);
    return () => {
      window.removeEventListener('pagehide', release);
      window.removeEventListener('pageshow', restore);
    };
  }, [enabled]);

  const switchCamera = useCallback(async () => {
    const current = streamRef.current;
    if (!current) return undefined;
    const next: Facing = facing === 'user' ? 'environment' : 'user';
    // Phones can rarely open two cameras at once: stop the old one first.
    const old = current.getVideoTracks()[0];
    old?.stop();
    try {
      const media = await navigator.mediaDevices.getUserMedia({
        video: { ...cameraConstraints, facingMode: { exact: next } },
      });
      const track = media.getVideoTracks()[0]!;
      if (old) current.removeTrack(old);
      current.addTrack(track);
      setFacing(next);
      setStream(new MediaStream(current.getTracks()));
      return track;
    } catch {
      // No such camera (most laptops): reopen the one we had.
      const media = await navigator.mediaDevices.getUserMedia({
        video: { ...cameraConstraints, facingMode: facing },
      });
      const track = media.getVideoTracks()[0]!;
      if (old) current.removeTrack(old);
      current.addTrack(track);
      setStream(new MediaStream(current.getTracks()));
      return track;
    }
  }, [facing]);

  return { stream, problem, facing, switchCamera, retry: () => setAttempt((n) => n + 1) };
}
