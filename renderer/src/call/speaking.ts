// Who is speaking, from audio levels sampled a few times a second (the other
// people's from their audio receivers, one's own from the microphone). The
// mark must not flicker between words: it comes on after a short stretch of
// voice and goes off only after a longer stretch of quiet, with the level
// thresholds apart (hysteresis). Pure: useSpeaking.ts feeds it.

export interface SpeakingOptions {
  /** A level (0–1, linear, 1 = full scale) at or above this is voice. */
  onAbove: number;
  /** Below this is quiet; between the two the state stays as it is. */
  offBelow: number;
  /** Voice for this long turns the mark on (one sample is a cough or a bang). */
  onAfterMs: number;
  /** Quiet for this long turns it off (the pauses between words are shorter). */
  offAfterMs: number;
}

// WebRTC's audio level is 10^(dBov/20): speech through echo cancellation and
// gain control sits around −30…−15 dBov (0.03–0.18), a quiet room near −50 (0.003).
export const speakingOptions: SpeakingOptions = {
  onAbove: 0.03,
  offBelow: 0.012,
  onAfterMs: 200,
  offAfterMs: 900,
};

export interface SpeakingState {
  speaking: boolean;
  /** When the level last crossed towards the other state, while it stays there. */
  crossedAtMs: number | undefined;
}

export const quiet: SpeakingState = { speaking: false, crossedAtMs: undefined };

export function stepSpeaking(
  state: SpeakingState,
  level: number,
  atMs: number,
  options: SpeakingOptions = speakingOptions,
): SpeakingState {
  const towards = state.speaking ? level < options.offBelow : level >= options.onAbove;
  if (!towards) return state.crossedAtMs === undefined ? state : { ...state, crossedAtMs: undefined };
  const crossedAtMs = state.crossedAtMs ?? atMs;
  const wait = state.speaking ? options.offAfterMs : options.onAfterMs;
  if (atMs - crossedAtMs < wait) return { speaking: state.speaking, crossedAtMs };
  return { speaking: !state.speaking, crossedAtMs: undefined };
}

/** The speaking state of everyone in a call, by id; people who are gone are forgotten. */
export class SpeakingTracker {
  private readonly states = new Map<string, SpeakingState>();

  constructor(private readonly options: SpeakingOptions = speakingOptions) {}

  /** One round of samples; returns who speaks now (ids in the order given). */
  update(levels: ReadonlyMap<string, number>, atMs: number): string[] {
    for (const id of this.states.keys()) if (!levels.has(id)) this.states.delete(id);
    const speaking: string[] = [];
    for (const [id, level] of levels) {
      const next = stepSpeaking(this.states.get(id) ?? quiet, level, atMs, this.options);
      this.states.set(id, next);
      if (next.speaking) speaking.push(id);
    }
    return speaking;
  }
}

/** The level of a block of microphone samples (−1…1): its RMS, the scale WebRTC's audio level uses. */
export function rmsLevel(samples: ArrayLike<number>): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i]! * samples[i]!;
  return Math.sqrt(sum / samples.length);
}
