// Folds one stats sample into a call's quality summary. Only the summary is
// kept, not every sample: a 20-minute call would otherwise leave hundreds of
// rows per call on a PC with a small disk, and teachers only read the summary.
import type { CallQuality, QualitySample } from '@hhc/common/kiosk/callLog';

export function addQualitySample(quality: CallQuality, sample: QualitySample): CallQuality {
  const samples = quality.samples + 1;
  // Incremental mean: nothing but the mean and the count to store, however long the call.
  const mean = (previous: number | null, value: number) =>
    previous === null ? value : previous + (value - previous) / samples;
  return {
    samples,
    avgBitrateKbps: mean(quality.avgBitrateKbps, sample.bitrateKbps),
    worstBitrateKbps: Math.min(quality.worstBitrateKbps ?? Infinity, sample.bitrateKbps),
    avgPacketLossPct: mean(quality.avgPacketLossPct, sample.packetLossPct),
    worstPacketLossPct: Math.max(quality.worstPacketLossPct ?? -Infinity, sample.packetLossPct),
    audioOnlyUsed: quality.audioOnlyUsed || sample.audioOnly,
  };
}
