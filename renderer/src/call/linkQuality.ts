// Decides when a link is too weak for video, from what actually arrives.
// Pure, so the thresholds are tested at their edges.

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

export function lossBetween(previous: ReceiveSample, current: ReceiveSample): number {
  const received = current.packetsReceived - previous.packetsReceived;
  const lost = current.packetsLost - previous.packetsLost;
  const total = received + lost;
  return total <= 0 ? 0 : Math.max(0, lost) / total;
}

/** The automatic mode after this sample: it only ever steps down (the person steps back up). */
export function nextAutomaticMode(current: LowDataMode, recentLosses: readonly number[]): LowDataMode {
  const recent = recentLosses.slice(-BAD_SAMPLES_TO_STEP_DOWN);
  if (recent.length < BAD_SAMPLES_TO_STEP_DOWN) return current;
  if (recent.every((loss) => loss >= LOSS_FOR_AUDIO_ONLY)) return 'audio';
  if (current === 'off' && recent.every((loss) => loss >= LOSS_FOR_SMALL_VIDEO)) return 'small';
  return current;
}
