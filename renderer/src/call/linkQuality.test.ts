import { describe, expect, it } from 'vitest';
import { lossBetween, nextAutomaticMode } from './linkQuality';

describe('lossBetween', () => {
  it('measures the share of packets lost since the previous sample', () => {
    expect(
      lossBetween({ packetsReceived: 100, packetsLost: 0 }, { packetsReceived: 190, packetsLost: 10 }),
    ).toBeCloseTo(0.1);
    expect(
      lossBetween({ packetsReceived: 100, packetsLost: 5 }, { packetsReceived: 100, packetsLost: 5 }),
    ).toBe(0);
  });
});

describe('nextAutomaticMode', () => {
  it('needs two bad samples in a row before stepping down', () => {
    expect(nextAutomaticMode('off', [0.5])).toBe('off');
    expect(nextAutomaticMode('off', [0.09, 0.02])).toBe('off');
    expect(nextAutomaticMode('off', [0.08, 0.08])).toBe('small');
    expect(nextAutomaticMode('off', [0.2, 0.25])).toBe('audio');
    expect(nextAutomaticMode('small', [0.1, 0.1])).toBe('small');
    expect(nextAutomaticMode('small', [0.2, 0.3])).toBe('audio');
  });

  it('never steps up by itself', () => {
    expect(nextAutomaticMode('audio', [0, 0])).toBe('audio');
    expect(nextAutomaticMode('small', [0, 0])).toBe('small');
  });
});
