// When one peer's link is too weak for video, and when it is good enough again.
// Pure: LinkGuard feeds it a sample every few seconds and acts on the changes
// it returns. The thresholds come from config (HHC_LINK_*, with their reasons
// there) and are tested at their edges in linkPolicy.test.ts.
//
// Two facts about mediasoup 3.12 shape the rules:
// - Only video consumers carry transport-wide-cc feedback (mediasoup sends
//   audio without it), so a receive transport's bandwidth estimate is only
//   measured while video flows to it. With no video flowing it stays at its
//   last value: an unchanged estimate then says nothing about the link, and
//   "good" has to be judged from what audio shows (its score, i.e. its loss).
// - When video resumes, the estimate starts from that stale value and climbs
//   as feedback arrives. A climbing estimate is a link being measured, not a
//   link failing, so it neither counts as bad nor as good.
import type { LinkState } from '@hhc/common/protocol';

export interface LinkPolicyOptions {
  /** An estimate below this (kbit/s) is a bad sample. */
  audioOnlyBelowKbps: number;
  /** Consecutive bad samples before video stops (one hiccup is not a weak link). */
  badSamples: number;
  /** An audio consumer score (0–10) at or below this is a bad sample. */
  audioOnlyScore: number;
  /** While audio only, a measured estimate must reach this (kbit/s) to count as good: hysteresis. */
  videoReturnAboveKbps: number;
  /** While audio only, the audio score must be at least this to count as good. */
  videoReturnScore: number;
  /** How long the link must stay good before video returns, on the first try. */
  videoReturnAfterMs: number;
  /** The longest wait, however often returns have failed. */
  videoReturnMaxMs: number;
  /** Falling back within this long after a return means the return failed: the next wait doubles. */
  returnProbationMs: number;
}

export interface LinkSample {
  atMs: number;
  /** The peer's receive transport's available outgoing bitrate (mediasoup BWE), kbit/s, if it has one. */
  estimateKbps?: number;
  /** Video should be flowing to the peer now (a video consumer runs and its producer sends). */
  videoFlowing: boolean;
  /** The lowest score (0–10) of the peer's audio consumers; undefined without one. */
  audioScore?: number;
}

export interface LinkPolicyState {
  link: LinkState;
  /** Since a return, video is held at the smallest layer until the link has carried it for a while. */
  smallestLayer: boolean;
  /** Consecutive bad samples (video). */
  badRun: number;
  /** Consecutive good samples since the return (video, smallest layer). */
  goodRun: number;
  /** Audio only: when the current stretch of good samples began. */
  goodSinceMs: number | undefined;
  /** The wait before the next return: doubles after each failed one, up to the cap. */
  returnAfterMs: number;
  returnedAtMs: number | undefined;
  lastEstimateKbps: number | undefined;
}

export type LinkChange =
  | { to: 'audio-only'; reason: 'bandwidth' | 'loss' }
  /** Video returns, at the smallest layer. */
  | { to: 'video' }
  /** The smallest-layer hold is lifted; mediasoup raises layers as its estimate allows. */
  | { to: 'full-video' };

/** An estimate this much above the previous sample's is climbing. */
const CLIMBING_FACTOR = 1.05;

export function initialLinkPolicyState(options: LinkPolicyOptions): LinkPolicyState {
  return {
    link: 'video',
    smallestLayer: false,
    badRun: 0,
    goodRun: 0,
    goodSinceMs: undefined,
    returnAfterMs: options.videoReturnAfterMs,
    returnedAtMs: undefined,
    lastEstimateKbps: undefined,
  };
}

/** What a sample's estimate tells: nothing (undefined kbps), or a measured value that may be climbing. */
export function readEstimate(
  previousKbps: number | undefined,
  sample: LinkSample,
): { kbps?: number; climbing: boolean } {
  const kbps = sample.estimateKbps;
  if (kbps === undefined) return { climbing: false };
  const changed = previousKbps !== undefined && kbps !== previousKbps;
  // No video, no feedback: the same number again is the old measurement, not a new one.
  if (!sample.videoFlowing && !changed) return { climbing: false };
  return { kbps, climbing: previousKbps !== undefined && kbps > previousKbps * CLIMBING_FACTOR };
}

export function stepLinkPolicy(
  state: LinkPolicyState,
  sample: LinkSample,
  options: LinkPolicyOptions,
): { state: LinkPolicyState; change?: LinkChange } {
  const estimate = readEstimate(state.lastEstimateKbps, sample);
  const next: LinkPolicyState = { ...state, lastEstimateKbps: sample.estimateKbps };
  return state.link === 'video'
    ? stepVideo(next, sample, estimate, options)
    : stepAudioOnly(next, sample, estimate, options);
}

function stepVideo(
  state: LinkPolicyState,
  sample: LinkSample,
  estimate: { kbps?: number; climbing: boolean },
  options: LinkPolicyOptions,
): { state: LinkPolicyState; change?: LinkChange } {
  const lossBad = sample.audioScore !== undefined && sample.audioScore <= options.audioOnlyScore;
  const low = estimate.kbps !== undefined && estimate.kbps < options.audioOnlyBelowKbps;
  const bandwidthBad = low && !estimate.climbing;
  if (lossBad || bandwidthBad) {
    state.badRun++;
    state.goodRun = 0;
  } else if (!low) {
    state.badRun = 0;
    state.goodRun++;
  } // else: low but climbing — wait for the measurement to settle.

  if (state.badRun >= options.badSamples) {
    const failedReturn =
      state.returnedAtMs !== undefined && sample.atMs - state.returnedAtMs < options.returnProbationMs;
    return {
      state: {
        ...state,
        link: 'audio-only',
        smallestLayer: false,
        badRun: 0,
        goodRun: 0,
        goodSinceMs: undefined,
        returnedAtMs: undefined,
        returnAfterMs: failedReturn
          ? Math.min(state.returnAfterMs * 2, options.videoReturnMaxMs)
          : options.videoReturnAfterMs,
      },
      change: { to: 'audio-only', reason: bandwidthBad ? 'bandwidth' : 'loss' },
    };
  }
  if (state.smallestLayer && state.goodRun >= options.badSamples) {
    return { state: { ...state, smallestLayer: false }, change: { to: 'full-video' } };
  }
  return { state };
}

function stepAudioOnly(
  state: LinkPolicyState,
  sample: LinkSample,
  estimate: { kbps?: number; climbing: boolean },
  options: LinkPolicyOptions,
): { state: LinkPolicyState; change?: LinkChange } {
  const clean = sample.audioScore === undefined || sample.audioScore >= options.videoReturnScore;
  const roomy = estimate.kbps === undefined || estimate.kbps >= options.videoReturnAboveKbps;
  if (!clean || !roomy) return { state: { ...state, goodSinceMs: undefined } };
  const goodSinceMs = state.goodSinceMs ?? sample.atMs;
  if (sample.atMs - goodSinceMs < state.returnAfterMs) return { state: { ...state, goodSinceMs } };
  return {
    state: {
      ...state,
      link: 'video',
      smallestLayer: true,
      badRun: 0,
      goodRun: 0,
      goodSinceMs: undefined,
      returnedAtMs: sample.atMs,
    },
    change: { to: 'video' },
  };
}
