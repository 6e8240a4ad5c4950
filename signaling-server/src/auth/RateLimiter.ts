// Counts attempts per key in a fixed window (e.g. link tokens per address,
// logins per address and user). Memory is bounded: old windows are dropped.
export class RateLimiter {
  private readonly counts = new Map<string, { windowStart: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  /** Records an attempt; false when the key is over its limit in this window. */
  attempt(key: string, now = Date.now()): boolean {
    const entry = this.counts.get(key);
    if (!entry || now - entry.windowStart >= this.windowMs) {
      if (this.counts.size >= this.maxKeys) this.prune(now);
      this.counts.set(key, { windowStart: now, count: 1 });
      return true;
    }
    entry.count++;
    return entry.count <= this.limit;
  }

  /** Attempts counted for the key in its current window. */
  count(key: string, now = Date.now()): number {
    const entry = this.counts.get(key);
    return entry !== undefined && now - entry.windowStart < this.windowMs ? entry.count : 0;
  }

  /** True while the key is over its limit in this window, without counting an attempt. */
  blocked(key: string, now = Date.now()): boolean {
    const entry = this.counts.get(key);
    return entry !== undefined && now - entry.windowStart < this.windowMs && entry.count >= this.limit;
  }

  /** Forget a key, e.g. after a successful login. */
  reset(key: string): void {
    this.counts.delete(key);
  }

  /** Forget every key that matches, e.g. a child's PIN counts on all kiosks when the PIN is changed. */
  resetWhere(matches: (key: string) => boolean): void {
    for (const key of this.counts.keys()) if (matches(key)) this.counts.delete(key);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.counts) {
      if (now - entry.windowStart >= this.windowMs) this.counts.delete(key);
    }
    // Still full (a flood of distinct keys): drop the oldest half rather than grow.
    if (this.counts.size >= this.maxKeys) {
      const keys = [...this.counts.keys()].slice(0, Math.floor(this.maxKeys / 2));
      for (const key of keys) this.counts.delete(key);
    }
  }
}
