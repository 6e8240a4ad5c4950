// The shared counters' fallback: while Redis cannot be reached a node counts in
// its own memory, so guessing is still limited and nobody is refused for it.
// (Redis itself is exercised in tests/cluster/three-nodes.test.ts; here a client
// whose every command fails stands in for an unreachable one.)
import type { RedisClientType } from 'redis';
import { describe, expect, it } from 'vitest';
import { RedisCounter, RedisSpacingGate } from './redisCounters';

const unreachable = new Proxy(
  {},
  { get: () => () => Promise.reject(new Error('The client is closed')) },
) as unknown as RedisClientType;

describe('shared counters while Redis is unreachable', () => {
  it('count in memory instead: the limit still holds, a fresh key is still free', async () => {
    const counter = new RedisCounter(unreachable, 'tokens', 3, 60_000);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await counter.fail('address:a', 0));
    expect(results).toEqual([true, true, true, false]);
    expect(await counter.blocked('address:a', 0)).toBe(true);
    expect(await counter.blocked('address:b', 0)).toBe(false);
  });

  it('space a slowed account in memory instead', async () => {
    const gate = new RedisSpacingGate(unreachable);
    expect(await gate.pass('wang|address:a', 10_000, 0)).toBe(true);
    expect(await gate.pass('wang|address:a', 10_000, 1)).toBe(false);
    expect(await gate.pass('wang|address:a', 10_000, 10_000)).toBe(true);
  });
});
