import { describe, expect, it } from 'vitest';
import { checkMove } from './bookingRules';
import { booking, context, decide, FRI, NOW, reason, sh } from './testFixtures';
import type { Setup } from './testFixtures';

describe('checkMove', () => {
  const at = sh(FRI, '16:00');
  const mine = booking(at, { createdBy: { kind: 'guardian', id: 'g1' }, status: 'requested' });
  const move = (to: number, setup: Setup, movedBy?: 'staff' | 'child' | 'guardian') =>
    checkMove(mine, to, context(setup), { now: NOW, ...(movedBy ? { movedBy } : {}) });

  it('does not let the booking block itself', () => {
    // Capacity 1 and the child's own overlap: both would refuse a new booking.
    expect(reason(decide(at, { bookings: [mine] }))).toBe('CHILD_BUSY');
    expect(move(at, { bookings: [mine] }, 'staff')).toEqual({
      ok: true,
      endAt: sh(FRI, '16:30'),
      status: 'confirmed',
    });
  });

  it('does not use up a second weekly call when moving within the week', () => {
    const bookings = [mine, booking(sh('2025-03-05', '16:00'))];
    expect(reason(move(sh('2025-03-09', '23:30'), { bookings }, 'staff'))).toBe('OK');
    expect(reason(decide(sh('2025-03-09', '23:30'), { bookings }))).toBe('WEEKLY_LIMIT');
  });

  it('takes its status from who moves it', () => {
    const bookings = [mine];
    expect(move(sh(FRI, '16:30'), { bookings }, 'staff')).toMatchObject({ status: 'confirmed' });
    expect(move(sh(FRI, '16:30'), { bookings })).toMatchObject({ status: 'requested' }); // creator: guardian
    expect(move(sh(FRI, '16:30'), { bookings }, 'child')).toMatchObject({ status: 'confirmed' });
  });

  it('still applies every other rule', () => {
    const other = booking(sh(FRI, '16:30'), { childId: 'c2', guardianId: 'g2' });
    expect(reason(move(sh(FRI, '16:30'), { bookings: [mine, other] }, 'staff'))).toBe('SLOT_FULL');
    expect(reason(move(sh(FRI, '16:10'), { bookings: [mine] }, 'staff'))).toBe('NOT_A_SLOT');
    expect(reason(move(sh(FRI, '16:30'), { bookings: [mine], policy: { parentsMayRequest: false } }))).toBe(
      'PARENT_REQUESTS_OFF',
    );
    expect(
      reason(move(sh(FRI, '16:30'), { bookings: [mine], policy: { parentsMayRequest: false } }, 'staff')),
    ).toBe('OK');
  });

  it('refuses to move calls that started or finished', () => {
    for (const status of ['in_progress', 'completed', 'cancelled', 'missed_by_child'] as const) {
      const b = { ...mine, status };
      expect(checkMove(b, sh(FRI, '16:30'), context({ bookings: [b] }), { now: NOW })).toMatchObject({
        ok: false,
        reason: 'NOT_MOVABLE',
      });
    }
  });
});
