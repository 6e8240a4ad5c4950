// Counts failed guesses per key in a fixed window. One process keeps them in
// memory (LocalCounter); a cluster keeps them in Redis (cluster/redisCounters.ts)
// so that round-robin across nodes does not multiply a guesser's allowance.
import { RateLimiter } from './RateLimiter';

export interface FailureCounter {
  readonly limit: number;
  readonly windowMs: number;
  /** Counts one failure; false once the key is over its limit in this window. */
  fail(key: string, now: number): Promise<boolean>;
  /** Failures counted for the key in its current window. */
  count(key: string, now: number): Promise<number>;
  /** True once the key has reached its limit (counts nothing). */
  blocked(key: string, now: number): Promise<boolean>;
}

/** Lets one try per key through every `spacingMs` (a slowed account, per source). */
export interface SpacingGate {
  pass(key: string, spacingMs: number, now: number): Promise<boolean>;
}

export class LocalCounter implements FailureCounter {
  private readonly limiter: RateLimiter;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {
    this.limiter = new RateLimiter(limit, windowMs);
  }

  async fail(key: string, now: number): Promise<boolean> {
    return this.limiter.attempt(key, now);
  }

  async count(key: string, now: number): Promise<number> {
    return this.limiter.count(key, now);
  }

  async blocked(key: string, now: number): Promise<boolean> {
    return this.limiter.blocked(key, now);
  }
}

export class LocalSpacingGate implements SpacingGate {
  private readonly last = new Map<string, number>();

  async pass(key: string, spacingMs: number, now: number): Promise<boolean> {
    const previous = this.last.get(key);
    if (previous !== undefined && now - previous < spacingMs) return false;
    // Bounded: a flood of distinct keys forgets old ones rather than growing.
    if (this.last.size >= 100_000) this.last.clear();
    this.last.set(key, now);
    return true;
  }
}
