import { describe, expect, it } from 'vitest';
import { countSequentialRoundTrips } from './roundTrips';
import type { RequestTiming } from './SignalingClient';

const t = (name: RequestTiming['name'], startedAt: number, endedAt: number): RequestTiming => ({
  name,
  startedAt,
  endedAt,
});

describe('countSequentialRoundTrips', () => {
  it('counts overlapping requests once', () => {
    const timings = [t('call:join', 10, 20), t('transport:connect', 25, 30), t('transport:connect', 26, 31)];
    expect(countSequentialRoundTrips(timings, 0, 40)).toBe(2);
  });

  it('ignores requests before the join was pressed and after ICE started', () => {
    const timings = [t('call:capabilities', 1, 5), t('call:join', 10, 20), t('media:produce', 35, 50)];
    expect(countSequentialRoundTrips(timings, 8, 40)).toBe(1);
  });

  it('counts a chain of dependent requests one each', () => {
    const timings = [t('call:capabilities', 10, 12), t('call:join', 12, 20), t('transport:connect', 21, 25)];
    expect(countSequentialRoundTrips(timings, 0, 30)).toBe(3);
  });
});
