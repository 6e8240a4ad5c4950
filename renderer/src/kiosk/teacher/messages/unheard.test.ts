import { describe, expect, it } from 'vitest';
import type { SchoolMessage } from '@hhc/common/api/staffMessages';
import { totalUnheard, unheardByChild } from './unheard';

const message = (childId: string, sender: 'child' | 'guardian', heardAt: number | null): SchoolMessage => ({
  id: `${childId}-${sender}-${String(heardAt)}`,
  childId,
  sender,
  guardian: sender === 'guardian' ? { id: 'g', relation: 'mother', displayName: '王丽' } : null,
  durationMs: 1_000,
  createdAt: 1,
  heardAt,
});

describe('unheard messages', () => {
  it('counts each child’s not-yet-heard messages by direction, leaving heard ones out', () => {
    const byChild = unheardByChild([
      message('a', 'child', null),
      message('a', 'child', 5),
      message('a', 'guardian', null),
      message('b', 'child', null),
      message('c', 'guardian', 7),
    ]);
    expect(Object.fromEntries(byChild)).toEqual({
      a: { fromChild: 1, fromFamily: 1 },
      b: { fromChild: 1, fromFamily: 0 },
    });
    expect(totalUnheard(byChild)).toBe(3);
  });
});
