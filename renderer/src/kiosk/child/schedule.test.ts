import { describe, expect, it } from 'vitest';
import type { KioskBooking } from '@hhc/common/protocol';
import { MINUTE_MS } from './ring';
import { canJoinNow, joinableNow, nextCall } from './schedule';

const START = 1_000_000_000;
const booking = (over: Partial<KioskBooking> = {}): KioskBooking => ({
  id: 'b',
  childId: 'c',
  guardianId: 'g',
  guardianRelation: 'mother',
  guardianName: '王丽',
  startAt: START,
  endAt: START + 15 * MINUTE_MS,
  status: 'confirmed',
  ...over,
});

describe('canJoinNow', () => {
  it('lights up from five minutes before the start until the end', () => {
    expect(canJoinNow(booking(), START - 5 * MINUTE_MS - 1)).toBe(false);
    expect(canJoinNow(booking(), START - 5 * MINUTE_MS)).toBe(true);
    expect(canJoinNow(booking(), START + 14 * MINUTE_MS)).toBe(true);
    expect(canJoinNow(booking(), START + 15 * MINUTE_MS)).toBe(false);
  });

  it('only for confirmed or running calls', () => {
    expect(canJoinNow(booking({ status: 'in_progress' }), START)).toBe(true);
    expect(canJoinNow(booking({ status: 'requested' }), START)).toBe(false);
    expect(canJoinNow(booking({ status: 'cancelled' }), START)).toBe(false);
    expect(canJoinNow(booking({ status: 'completed' }), START)).toBe(false);
  });
});

describe('nextCall', () => {
  it('is the earliest call not yet over, skipping finished and cancelled ones', () => {
    const later = booking({ id: 'later', startAt: START + 60 * MINUTE_MS, endAt: START + 75 * MINUTE_MS });
    const over = booking({ id: 'over', startAt: START - 60 * MINUTE_MS, endAt: START - 45 * MINUTE_MS });
    const cancelled = booking({ id: 'cancelled', status: 'cancelled' });
    const now = booking({ id: 'now' });
    expect(nextCall([later, over, cancelled, now], START)?.id).toBe('now');
    expect(nextCall([later, over], START)?.id).toBe('later');
    expect(nextCall([over], START)).toBeUndefined();
  });

  it('includes calls still waiting for a teacher', () => {
    expect(nextCall([booking({ status: 'requested' })], START)?.status).toBe('requested');
  });
});

describe('joinableNow', () => {
  it('lists only the calls open at this moment', () => {
    const open = booking({ id: 'open' });
    const tomorrow = booking({ id: 'tomorrow', startAt: START + 86_400_000, endAt: START + 87_000_000 });
    expect(joinableNow([tomorrow, open], START).map((b) => b.id)).toEqual(['open']);
  });
});
