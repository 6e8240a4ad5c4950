// The placement choice on its own: fewest peers wins, draining nodes and nodes
// without a live media worker are never chosen, and the asking node wins a tie.
import { describe, expect, it } from 'vitest';
import { leastLoaded, type NodeLoad } from './callPlacement';

const node = (nodeId: string, peers: number, extra: Partial<NodeLoad> = {}): NodeLoad => ({
  nodeId,
  peers,
  workersAlive: 1,
  draining: false,
  ...extra,
});

describe('leastLoaded', () => {
  it('picks the node with the fewest peers', () => {
    expect(leastLoaded([node('a', 4), node('b', 2), node('c', 6)], 'a')).toBe('b');
  });

  it('never picks a draining node or one without a live worker', () => {
    expect(
      leastLoaded([node('a', 4), node('b', 0, { draining: true }), node('c', 0, { workersAlive: 0 })], 'b'),
    ).toBe('a');
    expect(leastLoaded([node('b', 0, { draining: true })], 'b')).toBeUndefined();
  });

  it('keeps the call on the asking node when it is as free as any other', () => {
    expect(leastLoaded([node('a', 2), node('b', 2), node('c', 2)], 'c')).toBe('c');
  });
});
