import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenBucket } from './TokenBucket';

afterEach(() => vi.useRealTimers());

describe('TokenBucket', () => {
  it('allows a burst, then refills at the sustained rate', () => {
    vi.useFakeTimers();
    const bucket = new TokenBucket(3, 2);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    vi.advanceTimersByTime(500); // one token at 2 per second
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    vi.advanceTimersByTime(60_000); // never more than the burst
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});
