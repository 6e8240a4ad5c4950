import type { RequestTiming } from './SignalingClient';

/**
 * Counts sequential signalling round trips that finished before `until`:
 * requests that overlap in time were in flight together and count once.
 */
export function countSequentialRoundTrips(
  timings: readonly RequestTiming[],
  from: number,
  until: number,
): number {
  const relevant = timings
    .filter((timing) => timing.startedAt >= from && timing.endedAt <= until)
    .sort((a, b) => a.startedAt - b.startedAt);
  let count = 0;
  let waveEnd = -Infinity;
  for (const timing of relevant) {
    if (timing.startedAt >= waveEnd) {
      count++;
      waveEnd = timing.endedAt;
    } else {
      waveEnd = Math.max(waveEnd, timing.endedAt);
    }
  }
  return count;
}
