// Who speaks now, a few times a second: the other people from their audio
// receivers' levels (the session's), yourself from your microphone, through
// speaking.ts's hysteresis. Re-renders only when the set changes.
import { useEffect, useState } from 'react';
import { rmsLevel, SpeakingTracker } from '../call/speaking';

/** Four samples a second: quick enough to follow who talks, cheap on a school PC. */
export const SPEAKING_POLL_MS = 250;
/** Your own tile's id in the speaking set. */
export const SELF = 'self';

export function useSpeaking(
  active: boolean,
  audioLevels: () => Map<string, number>,
  localStream: MediaStream | undefined,
  microphoneOn: boolean,
): ReadonlySet<string> {
  const [speaking, setSpeaking] = useState<ReadonlySet<string>>(() => new Set());
  const localTrack = localStream?.getAudioTracks()[0];
  useEffect(() => {
    if (!active) {
      setSpeaking((current) => (current.size === 0 ? current : new Set()));
      return undefined;
    }
    const local = localTrack ? localMeter(localTrack) : undefined;
    const tracker = new SpeakingTracker();
    const timer = setInterval(() => {
      const levels = new Map(audioLevels());
      // A muted microphone still hears you; the others do not, so no mark.
      levels.set(SELF, microphoneOn ? (local?.level() ?? 0) : 0);
      const now = tracker.update(levels, performance.now());
      setSpeaking((current) =>
        now.length === current.size && now.every((id) => current.has(id)) ? current : new Set(now),
      );
    }, SPEAKING_POLL_MS);
    return () => {
      clearInterval(timer);
      local?.close();
    };
  }, [active, audioLevels, localTrack, microphoneOn]);
  return speaking;
}

/** The microphone's level (RMS, 0–1) through an analyser; no sound is played. */
function localMeter(track: MediaStreamTrack): { level(): number; close(): void } | undefined {
  if (typeof AudioContext === 'undefined') return undefined;
  let context: AudioContext | undefined;
  try {
    context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(new MediaStream([track])).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const opened = context;
    return {
      level: () => {
        analyser.getFloatTimeDomainData(samples);
        return rmsLevel(samples);
      },
      close: () => void opened.close().catch(() => undefined),
    };
  } catch {
    // No audio device for the page (a browser without one): your own tile is simply never marked.
    void context?.close().catch(() => undefined);
    return undefined;
  }
}
