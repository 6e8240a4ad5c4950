import { describe, expect, it } from 'vitest';
import { addQualitySample } from './quality';
import type { CallQuality } from '@hhc/common/kiosk/callLog';

const none: CallQuality = {
  samples: 0,
  avgBitrateKbps: null,
  worstBitrateKbps: null,
  avgPacketLossPct: null,
  worstPacketLossPct: null,
  audioOnlyUsed: false,
};

describe('addQualitySample', () => {
  it('keeps the mean and the worst of a whole call without storing samples', () => {
    const bitrates = Array.from({ length: 240 }, (_, i) => 200 + ((i * 53) % 900));
    let quality = none;
    bitrates.forEach((bitrateKbps, i) => {
      quality = addQualitySample(quality, { bitrateKbps, packetLossPct: i % 10, audioOnly: i === 100 });
    });
    const mean = bitrates.reduce((a, b) => a + b, 0) / bitrates.length;
    expect(quality.samples).toBe(240);
    expect(quality.avgBitrateKbps).toBeCloseTo(mean, 9);
    expect(quality.worstBitrateKbps).toBe(Math.min(...bitrates));
    expect(quality.avgPacketLossPct).toBeCloseTo(4.5, 9);
    expect(quality.worstPacketLossPct).toBe(9);
    expect(quality.audioOnlyUsed).toBe(true); // once audio-only, always "audio-only was used"
  });
});
