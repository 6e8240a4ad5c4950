// One call-quality sample for the kiosk's call log, from two readings of the
// receive counters a few seconds apart.
import type { ReceiveStats } from '../../call/receiveStats';

export interface QualitySample {
  bitrateKbps: number;
  packetLossPct: number;
  audioOnly: boolean;
}

type Counters = Pick<
  ReceiveStats,
  | 'videoBytesReceived'
  | 'audioBytesReceived'
  | 'videoPacketsReceived'
  | 'audioPacketsReceived'
  | 'packetsLost'
>;

/** A rejoin starts the counters again from zero: then the new reading is the whole delta. */
function delta(before: number, after: number): number {
  return after >= before ? after - before : after;
}

export function qualitySample(
  before: Counters,
  after: Counters,
  elapsedMs: number,
  audioOnly: boolean,
): QualitySample {
  const bytes =
    delta(before.videoBytesReceived, after.videoBytesReceived) +
    delta(before.audioBytesReceived, after.audioBytesReceived);
  const received =
    delta(before.videoPacketsReceived, after.videoPacketsReceived) +
    delta(before.audioPacketsReceived, after.audioPacketsReceived);
  const lost = delta(before.packetsLost, after.packetsLost);
  // bits per millisecond = kilobits per second.
  const bitrateKbps = elapsedMs > 0 ? (bytes * 8) / elapsedMs : 0;
  const packetLossPct = received + lost > 0 ? (lost / (received + lost)) * 100 : 0;
  return {
    bitrateKbps: Math.min(100_000, Math.round(bitrateKbps * 10) / 10),
    packetLossPct: Math.min(100, Math.round(packetLossPct * 10) / 10),
    audioOnly,
  };
}
