import { describe, expect, it } from 'vitest';
import {
  initialLinkPolicyState,
  readEstimate,
  stepLinkPolicy,
  type LinkChange,
  type LinkPolicyOptions,
  type LinkPolicyState,
  type LinkSample,
} from './linkPolicy';

const options: LinkPolicyOptions = {
  audioOnlyBelowKbps: 120,
  badSamples: 3,
  audioOnlyScore: 3,
  videoReturnAboveKbps: 200,
  videoReturnScore: 9,
  videoReturnAfterMs: 15_000,
  videoReturnMaxMs: 60_000,
  returnProbationMs: 30_000,
};
const STEP_MS = 2_000;

/** Feeds samples two seconds apart and records each change with its time. */
class Driver {
  state: LinkPolicyState = initialLinkPolicyState(options);
  at = 0;
  readonly changes: Array<LinkChange & { at: number }> = [];

  feed(count: number, sample: Omit<LinkSample, 'atMs' | 'videoFlowing'> & { videoFlowing?: boolean }) {
    for (let i = 0; i < count; i++) {
      this.at += STEP_MS;
      const videoFlowing = sample.videoFlowing ?? this.state.link === 'video';
      const result = stepLinkPolicy(this.state, { ...sample, videoFlowing, atMs: this.at }, options);
      this.state = result.state;
      if (result.change) this.changes.push({ ...result.change, at: this.at });
    }
    return this;
  }

  /** Audio-only samples whose estimate moves, i.e. measured (by probing), at around `kbps`. */
  feedMeasured(count: number, kbps: number, audioScore = 10) {
    for (let i = 0; i < count; i++) this.feed(1, { estimateKbps: kbps + (i % 2), audioScore });
    return this;
  }

  get link() {
    return this.state.link;
  }

  /** Drops to audio only with a measured low estimate; returns the time it happened. */
  drop(): number {
    this.feed(options.badSamples, { estimateKbps: 80, audioScore: 10, videoFlowing: true });
    expect(this.link).toBe('audio-only');
    return this.at;
  }
}

describe('link policy: going to audio only', () => {
  it('keeps video at exactly the threshold and drops just below it', () => {
    expect(new Driver().feed(20, { estimateKbps: 120, audioScore: 10 }).link).toBe('video');
    const below = new Driver().feed(3, { estimateKbps: 119.9, audioScore: 10 });
    expect(below.link).toBe('audio-only');
    expect(below.changes).toEqual([{ to: 'audio-only', reason: 'bandwidth', at: 6_000 }]);
  });

  it('needs N consecutive bad samples: N-1 and a good one reset the count', () => {
    const d = new Driver();
    d.feed(2, { estimateKbps: 90, audioScore: 10 });
    d.feed(1, { estimateKbps: 400, audioScore: 10 });
    d.feed(2, { estimateKbps: 90, audioScore: 10 });
    expect(d.link).toBe('video');
    d.feed(1, { estimateKbps: 89, audioScore: 10 });
    expect(d.link).toBe('audio-only');
    expect(d.changes.map((c) => c.at)).toEqual([12_000]);
  });

  it('drops on a very low audio score (loss) even when the estimate looks fine', () => {
    const d = new Driver().feed(2, { estimateKbps: 800, audioScore: 3 });
    expect(d.link).toBe('video');
    d.feed(1, { estimateKbps: 800, audioScore: 2 });
    expect(d.changes).toEqual([{ to: 'audio-only', reason: 'loss', at: 6_000 }]);
    // One point above the threshold is not "very low".
    expect(new Driver().feed(10, { estimateKbps: 800, audioScore: 4 }).link).toBe('video');
  });

  it('ignores an unchanged estimate while no video flows (nothing measures it)', () => {
    const d = new Driver().feed(10, { estimateKbps: 60, audioScore: 10, videoFlowing: false });
    expect(d.link).toBe('video');
    // The same number while video flows is a measurement.
    d.feed(3, { estimateKbps: 60, audioScore: 10, videoFlowing: true });
    expect(d.link).toBe('audio-only');
  });

  it('waits while a low estimate climbs, and drops once it stops climbing below the threshold', () => {
    const d = new Driver();
    for (const kbps of [70, 80, 90, 100, 110]) d.feed(1, { estimateKbps: kbps, audioScore: 10 });
    // 70 counts (nothing before it); 80…110 climb more than 5 % each: no further count.
    expect(d.link).toBe('video');
    expect(d.state.badRun).toBe(1);
    d.feed(2, { estimateKbps: 112, audioScore: 10 });
    expect(d.link).toBe('audio-only');
  });
});

describe('link policy: bringing video back', () => {
  it('returns after the link has been good for the wait, judged by audio when the estimate is stale', () => {
    const d = new Driver();
    const droppedAt = d.drop();
    // The stale 80 kbit/s repeats (no video, no feedback): only the audio score tells.
    d.feed(8, { estimateKbps: 80, audioScore: 10 });
    expect(d.link).toBe('audio-only'); // good since the first sample at +2 s: 14 s so far
    d.feed(1, { estimateKbps: 80, audioScore: 10 });
    expect(d.link).toBe('video');
    expect(d.changes.at(-1)).toEqual({ to: 'video', at: droppedAt + 18_000 });
    expect(d.state.smallestLayer).toBe(true);
  });

  it('restarts the wait whenever audio is not clean', () => {
    const d = new Driver();
    d.drop();
    d.feed(6, { estimateKbps: 80, audioScore: 10 });
    d.feed(1, { estimateKbps: 80, audioScore: 8 }); // one below the return score
    d.feed(8, { estimateKbps: 80, audioScore: 9 });
    expect(d.link).toBe('audio-only');
    d.feed(1, { estimateKbps: 80, audioScore: 9 });
    expect(d.link).toBe('video');
  });

  it('has hysteresis: a measured estimate must reach the return threshold, not just the drop one', () => {
    const d = new Driver();
    d.drop();
    d.feedMeasured(30, 198); // 198/199: above the drop threshold, below the return one
    expect(d.link).toBe('audio-only');
    d.feedMeasured(8, 200);
    expect(d.link).toBe('audio-only');
    d.feedMeasured(1, 200);
    expect(d.link).toBe('video');
  });

  it('lifts the smallest-layer hold after N good samples', () => {
    const d = new Driver();
    d.drop();
    d.feed(9, { estimateKbps: 80, audioScore: 10 });
    expect(d.state.smallestLayer).toBe(true);
    // The estimate climbs from its stale value as video flows again: neither bad nor good.
    for (const kbps of [80 * 1.1, 80 * 1.25, 80 * 1.4]) d.feed(1, { estimateKbps: kbps, audioScore: 10 });
    expect(d.link).toBe('video');
    d.feed(2, { estimateKbps: 130, audioScore: 10 });
    expect(d.state.smallestLayer).toBe(true);
    d.feed(1, { estimateKbps: 131, audioScore: 10 });
    expect(d.changes.at(-1)).toMatchObject({ to: 'full-video' });
    expect(d.state.smallestLayer).toBe(false);
  });

  it('doubles the wait after a return that fails within the probation, up to the cap', () => {
    const d = new Driver();
    d.drop();
    const waits: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const droppedAt = d.at;
      while (d.link === 'audio-only') d.feed(1, { estimateKbps: 80, audioScore: 10 });
      waits.push(d.at - droppedAt - STEP_MS); // the first good sample comes one step after the drop
      d.drop(); // collapses right away: a failed return
    }
    expect(waits).toEqual([16_000, 30_000, 60_000, 60_000]);
    expect(d.state.returnAfterMs).toBe(60_000);
  });

  it('starts from the first wait again after a return that held through the probation', () => {
    const d = new Driver();
    d.drop();
    d.feed(9, { estimateKbps: 80, audioScore: 10 });
    d.drop(); // failed return
    expect(d.state.returnAfterMs).toBe(30_000);
    d.feed(16, { estimateKbps: 80, audioScore: 10 });
    expect(d.link).toBe('video');
    // Held for 30 s (the probation) before falling again: not a failed return.
    d.feed(15, { estimateKbps: 300, audioScore: 10 });
    d.drop();
    expect(d.state.returnAfterMs).toBe(15_000);
  });

  it('counts a fall one sample inside the probation as a failed return, one at it as not', () => {
    for (const [goodSamples, expected] of [
      [11, 30_000], // fall completes at 28 s after the return (< 30 s)
      [12, 15_000], // at 30 s
    ] as const) {
      const d = new Driver();
      d.drop();
      d.feed(9, { estimateKbps: 80, audioScore: 10 });
      d.feed(goodSamples, { estimateKbps: 300, audioScore: 10 });
      d.drop();
      expect(d.state.returnAfterMs).toBe(expected);
    }
  });
});

describe('readEstimate', () => {
  const sample = (estimateKbps: number | undefined, videoFlowing: boolean): LinkSample => ({
    atMs: 0,
    videoFlowing,
    ...(estimateKbps === undefined ? {} : { estimateKbps }),
  });

  it('knows nothing without an estimate, or from a repeated one without video', () => {
    expect(readEstimate(undefined, sample(undefined, true))).toEqual({ climbing: false });
    expect(readEstimate(100, sample(100, false))).toEqual({ climbing: false });
    expect(readEstimate(undefined, sample(100, false))).toEqual({ climbing: false });
  });

  it('takes a changed estimate as measured even without video (probing), and marks a climb above 5 %', () => {
    expect(readEstimate(100, sample(104, false))).toEqual({ kbps: 104, climbing: false });
    expect(readEstimate(100, sample(106, false))).toEqual({ kbps: 106, climbing: true });
    expect(readEstimate(100, sample(100, true))).toEqual({ kbps: 100, climbing: false });
  });
});
