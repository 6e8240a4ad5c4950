import { describe, expect, it } from 'vitest';
import { qualitySample } from './quality';

const zero = {
  videoBytesReceived: 0,
  audioBytesReceived: 0,
  videoPacketsReceived: 0,
  audioPacketsReceived: 0,
  packetsLost: 0,
};

describe('qualitySample', () => {
  it('turns byte and packet deltas into kbps and loss %', () => {
    const after = {
      videoBytesReceived: 500_000,
      audioBytesReceived: 125_000,
      videoPacketsReceived: 900,
      audioPacketsReceived: 90,
      packetsLost: 10,
    };
    // 625 000 bytes in 5 s = 1000 kbps; 10 lost of 1000 sent = 1 %.
    expect(qualitySample(zero, after, 5_000, false)).toEqual({
      bitrateKbps: 1000,
      packetLossPct: 1,
      audioOnly: false,
    });
  });

  it('treats counters that went backwards (a rejoin) as starting from zero', () => {
    const before = { ...zero, audioBytesReceived: 1_000_000, audioPacketsReceived: 5_000 };
    const after = { ...zero, audioBytesReceived: 20_000, audioPacketsReceived: 100 };
    expect(qualitySample(before, after, 5_000, true)).toEqual({
      bitrateKbps: 32,
      packetLossPct: 0,
      audioOnly: true,
    });
  });

  it('reports nothing received as zero, not NaN', () => {
    expect(qualitySample(zero, zero, 0, false)).toEqual({
      bitrateKbps: 0,
      packetLossPct: 0,
      audioOnly: false,
    });
  });
});
