import { describe, expect, it } from 'vitest';
import { RateLimiter } from './RateLimiter';

describe('RateLimiter', () => {
  it('allows the limit per window per key, then refuses until the window passes', () => {
    const limiter = new RateLimiter(3, 1000);
    expect([1, 2, 3, 4].map(() => limiter.attempt('a', 0))).toEqual([true, true, true, false]);
    expect(limiter.attempt('b', 0)).toBe(true);
    expect(limiter.attempt('a', 999)).toBe(false);
    expect(limiter.attempt('a', 1000)).toBe(true);
  });

  it('stays bounded under a flood of distinct keys', () => {
    const limiter = new RateLimiter(1, 60_000, 100);
    for (let i = 0; i < 1000; i++) limiter.attempt(`k${i}`, 0);
    expect((limiter as unknown as { counts: Map<string, unknown> }).counts.size).toBeLessThanOrEqual(100);
  });
});
