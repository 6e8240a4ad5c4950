import { useEffect, useRef } from 'react';

/**
 * A <video> bound to a MediaStream; `playsInline` so iPhones do not go full
 * screen. When the browser refuses to start it with sound (autoplay rules on
 * iOS and in WeChat), it starts muted and `onSoundBlocked` asks for a tap.
 */
export function VideoTile(props: {
  stream: MediaStream | undefined;
  muted?: boolean;
  className: string;
  testId: string;
  onSoundBlocked?: () => void;
  /** Called once with the time the first frame of a new stream is shown. */
  onFirstFrame?: (shownAt: number) => void;
}) {
  const ref = useRef<HTMLVideoElement>(null);
  const { stream, onSoundBlocked, onFirstFrame } = props;
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = stream ?? null;
    if (!stream) return;
    if (onFirstFrame && 'requestVideoFrameCallback' in video)
      video.requestVideoFrameCallback((shownAt) => onFirstFrame(shownAt));
    video.play().catch((error: unknown) => {
      if (video.muted || !(error instanceof DOMException) || error.name !== 'NotAllowedError') return;
      video.muted = true;
      void video.play().catch(() => undefined);
      onSoundBlocked?.();
    });
  }, [stream, onSoundBlocked, onFirstFrame]);
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

/** Called from a tap: the one moment every browser lets a video start with sound. */
export function unmuteVideo(testId: string): void {
  const video = document.querySelector<HTMLVideoElement>(`[data-testid="${testId}"]`);
  if (!video) return;
  video.muted = false;
  void video.play().catch(() => undefined);
}
