import { useEffect, useRef } from 'react';

/**
 * Binds a <video> or <audio> to a stream and starts it. When the browser
 * refuses to start it with sound (autoplay rules on iOS and in WeChat), it
 * starts muted and `onSoundBlocked` asks for a tap.
 */
function useBoundMedia<E extends HTMLMediaElement>(
  stream: MediaStream | undefined,
  onSoundBlocked?: () => void,
  onFirstFrame?: (shownAt: number) => void,
) {
  const ref = useRef<E>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.srcObject = stream ?? null;
    if (!stream) return;
    if (onFirstFrame && element instanceof HTMLVideoElement && 'requestVideoFrameCallback' in element)
      element.requestVideoFrameCallback((shownAt) => onFirstFrame(shownAt));
    element.play().catch((error: unknown) => {
      if (element.muted || !(error instanceof DOMException) || error.name !== 'NotAllowedError') return;
      element.muted = true;
      void element.play().catch(() => undefined);
      onSoundBlocked?.();
    });
  }, [stream, onSoundBlocked, onFirstFrame]);
  return ref;
}

/** A <video> bound to a MediaStream; `playsInline` so iPhones do not go full screen. */
export function VideoTile(props: {
  stream: MediaStream | undefined;
  muted?: boolean;
  className: string;
  testId: string;
  onSoundBlocked?: () => void;
  /** Called once with the time the first frame of a new stream is shown. */
  onFirstFrame?: (shownAt: number) => void;
}) {
  const ref = useBoundMedia<HTMLVideoElement>(props.stream, props.onSoundBlocked, props.onFirstFrame);
  return (
    <video
      ref={ref}
      className={props.className}
      data-testid={props.testId}
      autoPlay
      playsInline
      muted={props.muted ?? false}
    />
  );
}

/**
 * One person's voice, on its own element: it keeps playing while their
 * picture is hidden (sound only, camera off, an activity open).
 */
export function RemoteSound(props: { stream: MediaStream; peerId: string; onSoundBlocked?: () => void }) {
  const { stream } = props;
  // Audio tracks only: the same video decoded twice would cost a cheap PC its CPU.
  const audioOnly = audioOnlyOf(stream);
  const ref = useBoundMedia<HTMLAudioElement>(audioOnly, props.onSoundBlocked);
  return <audio ref={ref} data-testid="remote-audio" data-peer-id={props.peerId} autoPlay />;
}

const audioStreams = new WeakMap<MediaStream, MediaStream>();

function audioOnlyOf(stream: MediaStream): MediaStream {
  let audio = audioStreams.get(stream);
  if (!audio) {
    audio = new MediaStream(stream.getAudioTracks());
    audioStreams.set(stream, audio);
  }
  return audio;
}

/** Called from a tap: the one moment every browser lets media start with sound. */
export function unmuteRemoteSound(): void {
  for (const element of document.querySelectorAll<HTMLAudioElement>('[data-testid="remote-audio"]')) {
    element.muted = false;
    void element.play().catch(() => undefined);
  }
}
