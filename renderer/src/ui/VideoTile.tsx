import { useEffect, useRef } from 'react';

/** A <video> bound to a MediaStream; `playsInline` so iPhones do not go full screen. */
export function VideoTile(props: {
  stream: MediaStream | undefined;
  muted?: boolean;
  className: string;
  testId: string;
}) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = props.stream ?? null;
    if (props.stream) void video.play().catch(() => undefined);
  }, [props.stream]);
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
