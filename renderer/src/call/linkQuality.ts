// Decides when a link is too weak for video, and when it has recovered, from
// what actually arrives. Pure, so the thresholds are tested at their edges.

export type LowDataMode = 'off' | 'small' | 'audio';

export interface ReceiveSample {
  /** Packets received and lost so far, all inbound streams together (cumulative counters). */
  packetsReceived: number;
  packetsLost: number;
}

// Above ~8 % loss video turns to smears while Opus with FEC still sounds fine:
// stepping down early keeps the voice, which is what the child needs.
export const LOSS_FOR_SMALL_VIDEO = 0.08;
// Above ~20 % even the smallest video competes with audio for the little that gets through.
export const LOSS_FOR_AUDIO_ONLY = 0.2;
/** Consecutive bad samples before stepping down, so one hiccup does not switch modes. */
export const BAD_SAMPLES_TO_STEP_DOWN = 2;
// Under ~2 % loss video looks clean again: a link that stays there has recovered.
export const LOSS_RECOVERED = 0.02;
/**
 * Consecutive good samples before an automatic step-down is undone by one step
 * (about 16 s at one sample every 4 s): long enough that a link which only
 * paused for breath is not given video to choke on again at once.
 */
export const GOOD_SAMPLES_TO_STEP_UP = 4;

const stepUp: Record<LowDataMode, LowDataMode> = { audio: 'small', small: 'off', off: 'off' };

export function lossBetween(previous: ReceiveSample, current: ReceiveSample): number {
  const received = current.packetsReceived - previous.packetsReceived;
  const lost = current.packetsLost - previous.packetsLost;
  const total = received + lost;
  return total <= 0 ? 0 : Math.max(0, lost) / total;
}

/**
 * The mode after this sample. It steps down from any mode on bad samples; it
 * steps back up only out of a mode it chose itself (`automatic`): a person's
 * own choice of low data is theirs to undo.
 */
export function nextAutomaticMode(
  current: LowDataMode,
  recentLosses: readonly number[],
  automatic: boolean,
): LowDataMode {
  const recent = recentLosses.slice(-BAD_SAMPLES_TO_STEP_DOWN);
  if (recent.length === BAD_SAMPLES_TO_STEP_DOWN) {
    if (current !== 'audio' && recent.every((loss) => loss >= LOSS_FOR_AUDIO_ONLY)) return 'audio';
    if (current === 'off' && recent.every((loss) => loss >= LOSS_FOR_SMALL_VIDEO)) return 'small';
  }
  const calm = recentLosses.slice(-GOOD_SAMPLES_TO_STEP_UP);
  if (automatic && calm.length === GOOD_SAMPLES_TO_STEP_UP && calm.every((loss) => loss < LOSS_RECOVERED)) {
    return stepUp[current];
  }
  return current;
}
