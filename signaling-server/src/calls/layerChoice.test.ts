import { describe, expect, it } from 'vitest';
import {
  chooseLayer,
  defaultLayerChoiceOptions as options,
  initialLayerState,
  screenLayer,
  stepLayerState,
  type LayerState,
} from './layerChoice';

describe('screenLayer: the more faces on a screen, the smaller each', () => {
  it('gives one face the top layer on any screen', () => {
    expect(screenLayer('parent', 1)).toBe(2);
    expect(screenLayer('kiosk', 1)).toBe(2);
    expect(screenLayer('parent', 0)).toBe(2);
  });

  it('gives a phone showing two or three faces the middle layer', () => {
    expect(screenLayer('parent', 2)).toBe(1);
    expect(screenLayer('parent', 3)).toBe(1);
  });

  it('lets the kiosk show two faces at full size, three at the middle layer', () => {
    expect(screenLayer('kiosk', 2)).toBe(2);
    expect(screenLayer('kiosk', 3)).toBe(1);
  });
});

/** Feeds readings two seconds apart. */
function drive(
  state: LayerState,
  from: number,
  count: number,
  estimateKbps: number | undefined,
  flowing = 2,
) {
  let at = from;
  for (let i = 0; i < count; i++) {
    at += 2_000;
    state = stepLayerState(state, {
      atMs: at,
      flowingVideos: flowing,
      ...(estimateKbps === undefined ? {} : { estimateKbps }),
    });
  }
  return { state, at };
}

describe('stepLayerState: a weak link gets the smallest layer from everyone', () => {
  it('stays uncapped while each face has enough, at the edge too', () => {
    const edge = options.smallBelowKbpsPerTile * 3;
    const { state } = drive(initialLayerState(), 0, 5, edge, 3);
    expect(state.capped).toBe(false);
    expect(chooseLayer('parent', 3, state)).toBe(1);
  });

  it('caps when the estimate per face falls below the threshold', () => {
    const justBelow = options.smallBelowKbpsPerTile * 3 - 1;
    const { state } = drive(initialLayerState(), 0, 1, justBelow, 3);
    expect(state.capped).toBe(true);
    expect(chooseLayer('parent', 3, state)).toBe(0);
    expect(chooseLayer('kiosk', 1, state)).toBe(0);
  });

  it('judges the estimate per flowing face: one face on the same link is not capped', () => {
    expect(drive(initialLayerState(), 0, 1, 300, 1).state.capped).toBe(false);
    expect(drive(initialLayerState(), 0, 1, 300, 2).state.capped).toBe(true);
  });

  it('ignores readings without an estimate or without flowing video', () => {
    expect(drive(initialLayerState(), 0, 5, undefined).state.capped).toBe(false);
    expect(drive(initialLayerState(), 0, 5, 10, 0).state.capped).toBe(false);
  });

  it('holds the cap for the retry time whatever the estimate says, then tries again', () => {
    const capped = drive(initialLayerState(), 0, 1, 100);
    const held = drive(capped.state, capped.at, options.retryAfterMs / 2_000 - 1, 5_000);
    expect(held.state.capped).toBe(true);
    const lifted = drive(held.state, held.at, 1, 5_000);
    expect(lifted.state.capped).toBe(false);
    expect(chooseLayer('parent', 2, lifted.state)).toBe(1);
  });

  it('doubles the hold after a failed try, up to the longest, and resets after a good stretch', () => {
    let { state, at } = drive(initialLayerState(), 0, 1, 100);
    const holds: number[] = [state.holdMs];
    for (let i = 0; i < 5; i++) {
      // Lift after the hold, then weak again at once: the try failed.
      ({ state, at } = drive(state, at, state.holdMs / 2_000, 100));
      expect(state.capped).toBe(false);
      ({ state, at } = drive(state, at, 1, 100));
      expect(state.capped).toBe(true);
      holds.push(state.holdMs);
    }
    expect(holds).toEqual([20_000, 40_000, 80_000, 160_000, 160_000, 160_000]);
    // Lifted, and good for longer than the probation: the next cap starts from the first wait again.
    ({ state, at } = drive(state, at, state.holdMs / 2_000, 100));
    ({ state, at } = drive(state, at, options.probationMs / 2_000, 5_000));
    ({ state } = drive(state, at, 1, 100));
    expect(state).toMatchObject({ capped: true, holdMs: options.retryAfterMs });
  });
});
