import { describe, expect, it } from 'vitest';
import { booking, callWindow, decide, FRI, MIN, reason, sh } from './testFixtures';

describe('checkNewBooking', () => {
  it('accepts a free slot and returns its end', () => {
    expect(decide(sh(FRI, '16:30'))).toEqual({ ok: true, endAt: sh(FRI, '17:00'), status: 'confirmed' });
  });

  it('decides the status by who books', () => {
    const at = sh(FRI, '16:00');
    expect(decide(at, {}, { createdBy: 'staff' })).toMatchObject({ status: 'confirmed' });
    expect(decide(at, {}, { createdBy: 'child' })).toMatchObject({ status: 'confirmed' });
    expect(decide(at, { policy: { childBookingsNeedApproval: true } }, { createdBy: 'child' })).toMatchObject(
      {
        status: 'requested',
      },
    );
    expect(decide(at, { policy: { childBookingsNeedApproval: true } }, { createdBy: 'staff' })).toMatchObject(
      {
        status: 'confirmed',
      },
    );
    expect(decide(at, {}, { createdBy: 'guardian' })).toMatchObject({ status: 'requested' });
  });

  it('refuses parent requests when the school turned them off, but not staff bookings', () => {
    const off = { policy: { parentsMayRequest: false } };
    expect(decide(sh(FRI, '16:00'), off, { createdBy: 'guardian' })).toMatchObject({
      ok: false,
      reason: 'PARENT_REQUESTS_OFF',
      message: expect.any(String),
    });
    expect(reason(decide(sh(FRI, '16:00'), off, { createdBy: 'staff' }))).toBe('OK');
  });

  it('checks the child and the guardian link', () => {
    const at = sh(FRI, '16:00');
    expect(reason(decide(at, { child: { archived: true } }))).toBe('CHILD_ARCHIVED');
    expect(reason(decide(at, { child: { consentRecorded: false } }))).toBe('NO_CONSENT');
    expect(reason(decide(at, { guardian: { childId: 'c2' } }))).toBe('GUARDIAN_NOT_OF_CHILD');
  });

  it('throws when the context belongs to someone else (a caller bug)', () => {
    expect(() => decide(sh(FRI, '16:00'), {}, { childId: 'c9' })).toThrow();
    expect(() => decide(sh(FRI, '16:00'), {}, { guardianId: 'g9' })).toThrow();
  });

  it('only accepts exact slot starts', () => {
    expect(reason(decide(sh(FRI, '16:10')))).toBe('NOT_A_SLOT');
    expect(reason(decide(sh(FRI, '17:00')))).toBe('NOT_A_SLOT'); // the window's end is not a start
    expect(reason(decide(sh('2025-03-06', '16:00')))).toBe('NOT_A_SLOT'); // Thursday: no window
  });

  describe('minimum notice (30 minutes)', () => {
    const at = sh(FRI, '16:00');
    it('accepts exactly at the limit', () => {
      expect(reason(decide(at, {}, { now: at - 30 * MIN }))).toBe('OK');
    });
    it('refuses a millisecond later', () => {
      expect(decide(at, {}, { now: at - 30 * MIN + 1 })).toMatchObject({
        reason: 'TOO_SOON',
        message: expect.stringContaining('30 minutes'),
      });
      expect(reason(decide(at, {}, { now: at }))).toBe('TOO_SOON');
    });
    it('calls a start before now in the past', () => {
      expect(reason(decide(at, {}, { now: at + 1 }))).toBe('IN_THE_PAST');
    });
    it('with no notice required, a slot starting now is fine', () => {
      expect(reason(decide(at, { policy: { minNoticeMinutes: 0 } }, { now: at }))).toBe('OK');
    });
  });

  describe('capacity', () => {
    it('refuses a full slot of one', () => {
      const bookings = [booking(sh(FRI, '16:00'), { childId: 'c2', guardianId: 'g2' })];
      expect(reason(decide(sh(FRI, '16:00'), { bookings }))).toBe('SLOT_FULL');
      expect(reason(decide(sh(FRI, '16:30'), { bookings }))).toBe('OK');
    });

    it('fills a slot of two', () => {
      const at = sh('2025-03-05', '16:00');
      const one = [booking(at, { childId: 'c2', guardianId: 'g2' })];
      const two = [...one, booking(at, { childId: 'c3', guardianId: 'g3' })];
      expect(reason(decide(at, { bookings: one }))).toBe('OK');
      expect(reason(decide(at, { bookings: two }))).toBe('SLOT_FULL');
    });

    it('does not count cancelled or finished bookings', () => {
      const at = sh(FRI, '16:00');
      const bookings = [
        booking(at, { childId: 'c2', guardianId: 'g2', status: 'cancelled' }),
        booking(at, { childId: 'c3', guardianId: 'g3', status: 'missed_by_parent' }),
      ];
      expect(reason(decide(at, { bookings }))).toBe('OK');
    });
  });

  describe('overlaps', () => {
    const at = sh('2025-03-05', '16:00'); // capacity 2, so only the overlap rules can refuse
    it('refuses a busy child, guardian or kiosk', () => {
      const busyChild = [booking(at, { guardianId: 'g2' })];
      const busyGuardian = [booking(at, { childId: 'c2' })];
      const busyKiosk = [booking(at, { childId: 'c2', guardianId: 'g2', kioskId: 'k1' })];
      expect(reason(decide(at, { bookings: busyChild }))).toBe('CHILD_BUSY');
      expect(reason(decide(at, { bookings: busyGuardian }))).toBe('GUARDIAN_BUSY');
      expect(reason(decide(at, { bookings: busyKiosk }, { kioskId: 'k1' }))).toBe('KIOSK_BUSY');
      expect(reason(decide(at, { bookings: busyKiosk }, { kioskId: 'k2' }))).toBe('OK');
      expect(reason(decide(at, { bookings: busyKiosk }, { kioskId: null }))).toBe('OK');
    });

    it('is not blocked by inactive bookings or back-to-back ones', () => {
      const bookings = [
        booking(at, { status: 'cancelled' }),
        booking(at - 30 * MIN, { guardianId: 'g2' }), // ends exactly when ours starts
      ];
      expect(reason(decide(at, { bookings }))).toBe('OK');
    });
  });

  describe('after the timetable changed', () => {
    // Fridays used to be 16:00–17:00; from 10 March they are 16:15–17:15.
    const windows = [
      callWindow(5, '16:00', '17:00', { validUntil: '2025-03-09', capacity: 2 }),
      callWindow(5, '16:15', '17:15', { validFrom: '2025-03-10', capacity: 2 }),
    ];
    const oldStart = sh('2025-03-14', '16:00');
    const kept = booking(oldStart); // made under the old timetable, still active
    const otherFamily = { child: { id: 'c2' }, guardian: { id: 'g2', childId: 'c2' } };
    const otherRequest = { childId: 'c2', guardianId: 'g2' };

    it('does not accept new bookings at the old times', () => {
      expect(reason(decide(oldStart, { windows, bookings: [kept], ...otherFamily }, otherRequest))).toBe(
        'NOT_A_SLOT',
      );
    });

    it('lets the old booking keep blocking its child and guardian', () => {
      const newStart = sh('2025-03-14', '16:15');
      expect(reason(decide(newStart, { windows, bookings: [kept] }))).toBe('CHILD_BUSY');
      const sibling = { windows, bookings: [kept], child: { id: 'c2' }, guardian: { childId: 'c2' } };
      expect(reason(decide(newStart, sibling, { childId: 'c2' }))).toBe('GUARDIAN_BUSY');
      expect(reason(decide(sh('2025-03-14', '16:45'), { windows, bookings: [kept] }))).toBe('OK');
    });

    it('lets the old booking take a place in the new slots it overlaps', () => {
      const full = callWindow(5, '16:15', '17:15', { validFrom: '2025-03-10' });
      const setup = { windows: [windows[0]!, full], bookings: [kept], ...otherFamily };
      expect(reason(decide(sh('2025-03-14', '16:15'), setup, otherRequest))).toBe('SLOT_FULL');
      expect(reason(decide(sh('2025-03-14', '16:45'), setup, otherRequest))).toBe('OK');
    });
  });

  describe('weekly limit (2, Monday–Sunday in Asia/Shanghai)', () => {
    const twoThisWeek = [booking(sh('2025-03-05', '16:00')), booking(sh(FRI, '16:00'))];

    it('refuses Sunday 23:30 but accepts Monday 00:00', () => {
      expect(reason(decide(sh('2025-03-09', '23:30'), { bookings: twoThisWeek }))).toBe('WEEKLY_LIMIT');
      expect(reason(decide(sh('2025-03-10', '00:00'), { bookings: twoThisWeek }))).toBe('OK');
    });

    it('counts bookings by local week, not UTC week', () => {
      // Monday 00:00 Shanghai is Sunday 16:00 UTC: it belongs to the new local week.
      const nextWeek = [booking(sh('2025-03-10', '00:00')), booking(sh('2025-03-10', '00:30'))];
      expect(reason(decide(sh('2025-03-09', '23:30'), { bookings: nextWeek }))).toBe('OK');
      expect(reason(decide(sh('2025-03-12', '16:00'), { bookings: nextWeek }))).toBe('WEEKLY_LIMIT');
      const oneEach = [booking(sh('2025-03-05', '16:00')), booking(sh('2025-03-10', '00:00'))];
      expect(reason(decide(sh('2025-03-09', '23:30'), { bookings: oneEach }))).toBe('OK');
    });

    it('counts active and completed calls, not cancelled or missed ones', () => {
      const at = sh('2025-03-09', '23:00');
      const completed = [booking(sh('2025-03-05', '16:00'), { status: 'completed' }), twoThisWeek[1]!];
      const lapsed = [
        booking(sh('2025-03-05', '16:00'), { status: 'cancelled' }),
        booking(sh('2025-03-05', '16:30'), { status: 'missed_by_child' }),
        booking(sh(FRI, '16:30'), { status: 'missed_by_parent' }),
        twoThisWeek[1]!,
      ];
      expect(reason(decide(at, { bookings: completed }))).toBe('WEEKLY_LIMIT');
      expect(reason(decide(at, { bookings: lapsed }))).toBe('OK');
    });

    it('only counts this child', () => {
      const others = twoThisWeek.map((b) => ({
        ...b,
        childId: 'c2',
        guardianId: 'g2',
        childIds: ['c2'],
        guardianIds: ['g2'],
      }));
      expect(reason(decide(sh('2025-03-09', '23:30'), { bookings: others }))).toBe('OK');
    });
  });
});
