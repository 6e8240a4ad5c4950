// Records one voice message with MediaRecorder: Opus in WebM (Chromium,
// Safari ≥ 18.4, Firefox) or Ogg (Firefox), at 32 kbit/s, stopped by itself at
// the sender's limit. Browsers that only record audio/mp4 (older Safari/iOS
// WebViews) are told plainly: the server accepts Opus only.
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageLimits } from '@hhc/common/api/messages';

const TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus'] as const;
/** Stop a little before the limit, so timer jitter never pushes a recording over it. */
const STOP_EARLY_MS = 250;

export type RecorderState =
  | { kind: 'idle' }
  | { kind: 'unsupported' }
  | { kind: 'no-mic' }
  | { kind: 'recording'; startedAt: number }
  | { kind: 'recorded'; blob: Blob; durationMs: number };

export function supportedType(): string | undefined {
  if (typeof MediaRecorder === 'undefined') return undefined;
  return TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

export function useVoiceRecorder(maxSeconds: number) {
  const [state, setState] = useState<RecorderState>(() =>
    supportedType() ? { kind: 'idle' } : { kind: 'unsupported' },
  );
  const recorder = useRef<MediaRecorder | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stop = useCallback(() => {
    clearTimeout(timer.current);
    if (recorder.current?.state === 'recording') recorder.current.stop();
  }, []);

  const start = useCallback(async () => {
    const mimeType = supportedType();
    if (!mimeType) return setState({ kind: 'unsupported' });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true },
      });
    } catch {
      return setState({ kind: 'no-mic' });
    }
    const chunks: Blob[] = [];
    const media = new MediaRecorder(stream, { mimeType, audioBitsPerSecond: messageLimits.bitsPerSecond });
    const startedAt = performance.now();
    media.ondataavailable = (event) => chunks.push(event.data);
    media.onstop = () => {
      for (const track of stream.getTracks()) track.stop();
      const durationMs = Math.round(performance.now() - startedAt);
      setState({ kind: 'recorded', blob: new Blob(chunks, { type: mimeType.split(';')[0] }), durationMs });
    };
    recorder.current = media;
    media.start(1_000);
    setState({ kind: 'recording', startedAt: Date.now() });
    timer.current = setTimeout(stop, maxSeconds * 1000 - STOP_EARLY_MS);
  }, [maxSeconds, stop]);

  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  useEffect(() => stop, [stop]);
  return { state, start, stop, reset };
}
