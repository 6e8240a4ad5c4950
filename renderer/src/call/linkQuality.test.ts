import { describe, expect, it } from 'vitest';
import { GOOD_SAMPLES_TO_STEP_UP, lossBetween, nextAutomaticMode } from './linkQuality';
import { LinkWatcher, type CurrentLowData } from './LinkWatcher';
import type { LowDataMode, ReceiveSample } from './linkQuality';

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
    expect(nextAutomaticMode('off', [0.5], false)).toBe('off');
    expect(nextAutomaticMode('off', [0.09, 0.02], false)).toBe('off');
    expect(nextAutomaticMode('off', [0.08, 0.08], false)).toBe('small');
    expect(nextAutomaticMode('off', [0.2, 0.25], false)).toBe('audio');
    expect(nextAutomaticMode('small', [0.1, 0.1], true)).toBe('small');
    expect(nextAutomaticMode('small', [0.2, 0.3], false)).toBe('audio');
  });

  it('steps back up one step at a time out of a mode it chose, after a calm spell', () => {
    const calm = Array<number>(GOOD_SAMPLES_TO_STEP_UP).fill(0.01);
    expect(nextAutomaticMode('audio', calm, true)).toBe('small');
    expect(nextAutomaticMode('small', calm, true)).toBe('off');
    expect(nextAutomaticMode('off', calm, true)).toBe('off');
    // One sample short, or one at the recovery threshold, is not yet calm.
    expect(nextAutomaticMode('audio', calm.slice(1), true)).toBe('audio');
    expect(nextAutomaticMode('audio', [...calm.slice(1), 0.02], true)).toBe('audio');
  });

  it('leaves a mode the person chose alone, however calm the link', () => {
    const calm = Array<number>(GOOD_SAMPLES_TO_STEP_UP).fill(0);
    expect(nextAutomaticMode('audio', calm, false)).toBe('audio');
    expect(nextAutomaticMode('small', calm, false)).toBe('small');
  });
});

describe('LinkWatcher', () => {
  /** A watcher over scripted samples: each tick receives 100 packets with `lost` of them lost. */
  function watch(start: CurrentLowData) {
    const state = { ...start };
    let counters: ReceiveSample = { packetsReceived: 0, packetsLost: 0 };
    const changes: LowDataMode[] = [];
    const watcher = new LinkWatcher(
      async () => counters,
      () => state,
      async (mode) => {
        changes.push(mode);
        state.mode = mode;
        state.automatic = true;
      },
    );
    const tick = async (lost: number) => {
      counters = {
        packetsReceived: counters.packetsReceived + 100 - lost,
        packetsLost: counters.packetsLost + lost,
      };
      await watcher.tick();
    };
    return { tick, changes, state };
  }

  it('goes down on a bad link and comes back up by itself when it recovers', async () => {
    const { tick, changes } = watch({ mode: 'off', automatic: false });
    await tick(0); // the first sample only sets the baseline
    await tick(30);
    await tick(30);
    expect(changes).toEqual(['audio']);
    for (let i = 0; i < GOOD_SAMPLES_TO_STEP_UP; i++) await tick(0);
    expect(changes).toEqual(['audio', 'small']);
    // The bad samples from before 'small' do not count against it; a calm spell in it is needed again.
    for (let i = 0; i < GOOD_SAMPLES_TO_STEP_UP - 1; i++) await tick(0);
    expect(changes).toEqual(['audio', 'small']);
    await tick(0);
    expect(changes).toEqual(['audio', 'small', 'off']);
  });

  it('does not undo the person’s own sound-only choice', async () => {
    const { tick, changes } = watch({ mode: 'audio', automatic: false });
    for (let i = 0; i <= GOOD_SAMPLES_TO_STEP_UP * 2; i++) await tick(0);
    expect(changes).toEqual([]);
  });
});
