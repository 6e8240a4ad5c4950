import { describe, expect, it } from 'vitest';
import {
  quiet,
  rmsLevel,
  SpeakingTracker,
  speakingOptions as o,
  stepSpeaking,
  type SpeakingState,
} from './speaking';

const VOICE = 0.1;
const HUSH = 0.001;
const BETWEEN = (o.onAbove + o.offBelow) / 2;

/** Feeds levels every 250 ms (the poll rate) and returns the state after each. */
function run(levels: number[], from: SpeakingState = quiet, startMs = 0): boolean[] {
  let state = from;
  return levels.map((level, i) => {
    state = stepSpeaking(state, level, startMs + i * 250);
    return state.speaking;
  });
}

describe('stepSpeaking', () => {
  it('comes on after a short stretch of voice, not on one loud sample', () => {
    expect(run([HUSH, VOICE, HUSH, HUSH])).toEqual([false, false, false, false]);
    expect(run([VOICE, VOICE, VOICE])).toEqual([false, true, true]);
  });

  it('stays on through the pauses between words and goes off after a longer quiet', () => {
    const talking = run([VOICE, VOICE, HUSH, HUSH, VOICE, HUSH, HUSH, HUSH, HUSH, HUSH]);
    expect(talking).toEqual([false, true, true, true, true, true, true, true, true, false]);
  });

  it('keeps its state between the thresholds (no flicker at one level)', () => {
    expect(run([BETWEEN, BETWEEN, BETWEEN, BETWEEN])).toEqual([false, false, false, false]);
    const on = stepSpeaking(stepSpeaking(quiet, VOICE, 0), VOICE, 250);
    expect(on.speaking).toBe(true);
    expect(run(Array<number>(12).fill(BETWEEN), on, 500).every(Boolean)).toBe(true);
  });

  it('takes the thresholds at their edges', () => {
    expect(stepSpeaking(stepSpeaking(quiet, o.onAbove, 0), o.onAbove, o.onAfterMs).speaking).toBe(true);
    const justBelow = o.onAbove - 0.0001;
    expect(stepSpeaking(stepSpeaking(quiet, justBelow, 0), justBelow, 10_000).speaking).toBe(false);
    const on: SpeakingState = { speaking: true, crossedAtMs: undefined };
    expect(stepSpeaking(stepSpeaking(on, o.offBelow, 0), o.offBelow, 10_000).speaking).toBe(true);
    const off = stepSpeaking(on, o.offBelow - 0.0001, 0);
    expect(stepSpeaking(off, 0, o.offAfterMs - 1).speaking).toBe(true);
    expect(stepSpeaking(off, 0, o.offAfterMs).speaking).toBe(false);
  });
});

describe('SpeakingTracker', () => {
  it('follows each person on their own and moves the mark from one to another', () => {
    const tracker = new SpeakingTracker();
    const at = (mum: number, dad: number) =>
      new Map([
        ['mum', mum],
        ['dad', dad],
      ]);
    tracker.update(at(VOICE, HUSH), 0);
    expect(tracker.update(at(VOICE, HUSH), 250)).toEqual(['mum']);
    tracker.update(at(HUSH, VOICE), 500);
    // Dad takes over; mum's mark holds a moment through her quiet, then goes.
    expect(tracker.update(at(HUSH, VOICE), 750)).toEqual(['mum', 'dad']);
    expect(tracker.update(at(HUSH, VOICE), 1_500)).toEqual(['dad']);
  });

  it('forgets someone who left: back later, they start quiet', () => {
    const tracker = new SpeakingTracker();
    tracker.update(new Map([['mum', VOICE]]), 0);
    expect(tracker.update(new Map([['mum', VOICE]]), 250)).toEqual(['mum']);
    expect(tracker.update(new Map(), 500)).toEqual([]);
    expect(tracker.update(new Map([['mum', VOICE]]), 750)).toEqual([]);
  });
});

describe('rmsLevel', () => {
  it('is the RMS of the samples', () => {
    expect(rmsLevel([])).toBe(0);
    expect(rmsLevel([0, 0, 0])).toBe(0);
    expect(rmsLevel([0.5, -0.5, 0.5, -0.5])).toBeCloseTo(0.5);
    expect(rmsLevel(Float32Array.from([1, 0, -1, 0]))).toBeCloseTo(Math.SQRT1_2);
  });
});
