import { describe, expect, it } from 'vitest';
import type { CallWindow, ClosedDate } from '@hhc/common/domain';
import { findSlot, generateSlots, isFree } from './slots';
import type { SlotQuery } from './slots';
import { SH, booking, callWindow, sh } from './testFixtures';
import { zonedToInstant } from './time';

const FRI = '2025-03-07';

function slots(windows: CallWindow[], from: number, to: number, extra: Partial<SlotQuery> = {}) {
  return generateSlots({ windows, closedDates: [], bookings: [], from, to, timeZone: SH, ...extra });
}
const starts = (list: { startAt: number }[]) => list.map((s) => s.startAt);
const wholeWeek = [sh('2025-03-03', '00:00'), sh('2025-03-10', '00:00')] as const;

describe('generateSlots', () => {
  it('steps through a window on its weekday only', () => {
    const result = slots([callWindow(5, '16:00', '17:00')], ...wholeWeek);
    expect(result).toEqual([
      { startAt: sh(FRI, '16:00'), endAt: sh(FRI, '16:30'), capacity: 1, booked: 0 },
      { startAt: sh(FRI, '16:30'), endAt: sh(FRI, '17:00'), capacity: 1, booked: 0 },
    ]);
  });

  it('keeps a slot ending exactly at the window end and drops one that would cross it', () => {
    expect(starts(slots([callWindow(5, '16:00', '17:00')], ...wholeWeek))).toEqual([
      sh(FRI, '16:00'),
      sh(FRI, '16:30'),
    ]);
    expect(starts(slots([callWindow(5, '16:00', '17:10')], ...wholeWeek))).toEqual([
      sh(FRI, '16:00'),
      sh(FRI, '16:30'),
    ]);
    expect(starts(slots([callWindow(5, '16:00', '16:59')], ...wholeWeek))).toEqual([sh(FRI, '16:00')]);
    expect(slots([callWindow(5, '16:00', '16:20')], ...wholeWeek)).toEqual([]);
  });

  it('handles windows touching midnight on both sides', () => {
    const windows = [callWindow(5, '23:00', '24:00'), callWindow(6, '00:00', '01:00')];
    const result = slots(windows, sh(FRI, '22:00'), sh('2025-03-08', '02:00'));
    expect(starts(result)).toEqual([
      sh(FRI, '23:00'),
      sh(FRI, '23:30'),
      sh('2025-03-08', '00:00'),
      sh('2025-03-08', '00:30'),
    ]);
    expect(result[1]!.endAt).toBe(zonedToInstant(FRI, 1440, SH));
    expect(result[1]!.endAt).toBe(result[2]!.startAt);
  });

  it('returns slots starting in [from, to)', () => {
    const windows = [callWindow(5, '16:00', '18:00')];
    expect(starts(slots(windows, sh(FRI, '16:30'), sh(FRI, '17:30')))).toEqual([
      sh(FRI, '16:30'),
      sh(FRI, '17:00'),
    ]);
    // A slot already running at `from` is not offered.
    expect(starts(slots(windows, sh(FRI, '16:31'), sh(FRI, '17:01')))).toEqual([sh(FRI, '17:00')]);
    expect(slots(windows, sh(FRI, '17:00'), sh(FRI, '17:00'))).toEqual([]);
    expect(slots(windows, sh(FRI, '18:00'), sh(FRI, '16:00'))).toEqual([]);
  });

  it('covers several weeks, sorted across windows', () => {
    const windows = [callWindow(5, '16:00', '16:30'), callWindow(3, '12:00', '12:30')];
    const result = slots(windows, sh('2025-03-03', '00:00'), sh('2025-03-17', '00:00'));
    expect(starts(result)).toEqual([
      sh('2025-03-05', '12:00'),
      sh('2025-03-07', '16:00'),
      sh('2025-03-12', '12:00'),
      sh('2025-03-14', '16:00'),
    ]);
  });

  it('skips closed dates', () => {
    const closed: ClosedDate[] = [{ schoolId: 's1', date: FRI, reason: 'Qingming' }];
    const windows = [callWindow(5, '16:00', '17:00')];
    const range = [sh(FRI, '00:00'), sh('2025-03-15', '00:00')] as const;
    expect(starts(slots(windows, ...range, { closedDates: closed }))).toEqual([
      sh('2025-03-14', '16:00'),
      sh('2025-03-14', '16:30'),
    ]);
  });

  it('honours validFrom and validUntil inclusively', () => {
    const range = [sh('2025-02-28', '00:00'), sh('2025-03-22', '00:00')] as const;
    const windows = [callWindow(5, '16:00', '16:30', { validFrom: FRI, validUntil: '2025-03-14' })];
    expect(starts(slots(windows, ...range))).toEqual([sh(FRI, '16:00'), sh('2025-03-14', '16:00')]);
  });

  it('lets a changed timetable take over on its first day', () => {
    const old = callWindow(5, '16:00', '16:30', { validUntil: '2025-03-09' });
    const next = callWindow(5, '18:00', '18:30', { validFrom: '2025-03-10' });
    const result = slots([old, next], sh(FRI, '00:00'), sh('2025-03-15', '00:00'));
    expect(starts(result)).toEqual([sh(FRI, '16:00'), sh('2025-03-14', '18:00')]);
  });

  it('merges identical slots from two windows, keeping the larger capacity', () => {
    const windows = [
      callWindow(5, '16:00', '17:00', { capacity: 1 }),
      callWindow(5, '16:00', '16:30', { capacity: 2 }),
    ];
    const result = slots(windows, ...wholeWeek);
    expect(result).toEqual([
      { startAt: sh(FRI, '16:00'), endAt: sh(FRI, '16:30'), capacity: 2, booked: 0 },
      { startAt: sh(FRI, '16:30'), endAt: sh(FRI, '17:00'), capacity: 1, booked: 0 },
    ]);
  });

  it('keeps same-start slots of different lengths apart; findSlot picks the shorter', () => {
    const windows = [callWindow(5, '16:00', '17:00', { slotMinutes: 60 }), callWindow(5, '16:00', '16:30')];
    const result = slots(windows, ...wholeWeek);
    expect(result).toHaveLength(2);
    expect(findSlot(result, sh(FRI, '16:00'))!.endAt).toBe(sh(FRI, '16:30'));
  });

  it('counts active bookings overlapping each slot and still returns full slots', () => {
    const bookings = [
      booking(sh(FRI, '16:00'), { status: 'confirmed' }),
      booking(sh(FRI, '16:00'), { status: 'requested', childId: 'c2' }),
      booking(sh(FRI, '16:00'), { status: 'cancelled', childId: 'c3' }),
      booking(sh(FRI, '16:00'), { status: 'completed', childId: 'c4' }),
      booking(sh(FRI, '16:30'), { status: 'in_progress', childId: 'c5' }),
      // From an older timetable: straddles both slots.
      booking(sh(FRI, '16:15'), { childId: 'c6' }),
    ];
    const result = slots([callWindow(5, '16:00', '17:00', { capacity: 2 })], ...wholeWeek, { bookings });
    expect(result.map((s) => [s.booked, isFree(s)])).toEqual([
      [3, false],
      [2, false],
    ]);
  });

  it('treats a slot with room left as free', () => {
    const bookings = [booking(sh(FRI, '16:00'))];
    const [slot] = slots([callWindow(5, '16:00', '16:30', { capacity: 2 })], ...wholeWeek, { bookings });
    expect(slot).toMatchObject({ booked: 1, capacity: 2 });
    expect(isFree(slot!)).toBe(true);
  });

  it('ignores unusable windows instead of looping or throwing', () => {
    const bad = [
      callWindow(5, '16:00', '17:00', { slotMinutes: 0 }),
      callWindow(5, '17:00', '16:00'),
      callWindow(5, '16:00', '17:00', { startMinute: -30 }),
    ];
    expect(slots(bad, ...wholeWeek)).toEqual([]);
  });

  it('findSlot matches exact starts only', () => {
    const result = slots([callWindow(5, '16:00', '17:00')], ...wholeWeek);
    expect(findSlot(result, sh(FRI, '16:30'))).toBe(result[1]);
    expect(findSlot(result, sh(FRI, '16:31'))).toBeUndefined();
  });
});

describe('generateSlots across DST (America/New_York)', () => {
  const NY = 'America/New_York';
  const ny = (date: string, minute: number) => zonedToInstant(date, minute, NY);

  it('skips slots whose start falls in the spring gap', () => {
    const sunday = callWindow(7, '01:00', '04:00');
    const result = generateSlots({
      windows: [sunday],
      closedDates: [],
      bookings: [],
      from: ny('2025-03-09', 0),
      to: ny('2025-03-10', 0),
      timeZone: NY,
    });
    expect(starts(result)).toEqual([
      Date.UTC(2025, 2, 9, 6, 0),
      Date.UTC(2025, 2, 9, 6, 30),
      Date.UTC(2025, 2, 9, 7, 0),
      Date.UTC(2025, 2, 9, 7, 30),
    ]);
    // 01:30 EST + 30 minutes is 03:00 EDT: real length kept, no overlap.
    expect(result.every((s) => s.endAt - s.startAt === 30 * 60_000)).toBe(true);
  });

  it('does not turn gap times into slots after the window has ended', () => {
    const result = generateSlots({
      windows: [callWindow(7, '01:00', '03:00')],
      closedDates: [],
      bookings: [],
      from: ny('2025-03-09', 0),
      to: ny('2025-03-10', 0),
      timeZone: NY,
    });
    expect(starts(result)).toEqual([Date.UTC(2025, 2, 9, 6, 0), Date.UTC(2025, 2, 9, 6, 30)]);
  });

  it('produces the repeated fall-back hour once', () => {
    const sunday = callWindow(7, '00:30', '02:30');
    const result = generateSlots({
      windows: [sunday],
      closedDates: [],
      bookings: [],
      from: ny('2025-11-02', 0),
      to: ny('2025-11-03', 0),
      timeZone: NY,
    });
    expect(starts(result)).toEqual([
      Date.UTC(2025, 10, 2, 4, 30),
      Date.UTC(2025, 10, 2, 5, 0),
      Date.UTC(2025, 10, 2, 5, 30),
      Date.UTC(2025, 10, 2, 7, 0),
    ]);
  });
});
