import { describe, expect, it } from 'vitest';
import { callMinutes } from './callMinutes';

const MIN = 60_000;

describe('minutes of a logged call', () => {
  it('counts from when both were in to when the first left', () => {
    expect(
      callMinutes({
        kioskJoinedAt: 0,
        parentJoinedAt: 2 * MIN,
        kioskLeftAt: 14 * MIN,
        parentLeftAt: 15 * MIN,
      }),
    ).toBe(12);
  });

  it('is zero when the parent never came or the call is still open', () => {
    expect(
      callMinutes({ kioskJoinedAt: 0, parentJoinedAt: null, kioskLeftAt: 10 * MIN, parentLeftAt: null }),
    ).toBe(0);
    expect(
      callMinutes({ kioskJoinedAt: 0, parentJoinedAt: MIN, kioskLeftAt: null, parentLeftAt: null }),
    ).toBe(0);
  });
});
