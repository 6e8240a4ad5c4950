import { describe, expect, it } from 'vitest';
import type { Slot } from '@hhc/common/domain';
import { MINUTE_MS } from './ring';
import { groupFreeSlots, localDate } from './slots';

const ZONE = 'Asia/Shanghai';
/** 2030-06-05 15:00 in Shanghai (UTC+8, no DST). */
const NOW = Date.UTC(2030, 5, 5, 7, 0);
const slot = (startAt: number, booked = 0, capacity = 1): Slot => ({
  startAt,
  endAt: startAt + 15 * MINUTE_MS,
  capacity,
  booked,
});
const shanghai = (day: number, hh: number, mm = 0) => Date.UTC(2030, 5, day, hh - 8, mm);

describe('localDate', () => {
  it('uses the school zone, not UTC', () => {
    // 23:30 UTC on the 5th is already the 6th in Shanghai.
    expect(localDate(Date.UTC(2030, 5, 5, 23, 30), ZONE)).toBe('2030-06-06');
    expect(localDate(Date.UTC(2030, 5, 5, 23, 30), 'UTC')).toBe('2030-06-05');
  });
});

describe('groupFreeSlots', () => {
  it('groups by school day and keeps only free slots at least 30 minutes ahead', () => {
    const slots = [
      slot(shanghai(6, 16, 15)),
      slot(shanghai(5, 15, 15)), // only 15 minutes away: too soon
      slot(shanghai(5, 16, 0), 1), // full
      slot(shanghai(5, 16, 15), 1, 2), // one place left
      slot(shanghai(5, 15, 30)), // exactly 30 minutes away: fine
      slot(shanghai(6, 16, 0)),
      slot(shanghai(7, 0, 30)), // just after midnight in Shanghai, the evening before in UTC
    ];
    const days = groupFreeSlots(slots, NOW, ZONE);
    expect(days.map((d) => [d.date, d.dayOffset, d.slots.length])).toEqual([
      ['2030-06-05', 0, 2],
      ['2030-06-06', 1, 2],
      ['2030-06-07', 2, 1],
    ]);
    expect(days[0]!.slots.map((s) => s.startAt)).toEqual([shanghai(5, 15, 30), shanghai(5, 16, 15)]);
    expect(days[1]!.slots.map((s) => s.startAt)).toEqual([shanghai(6, 16, 0), shanghai(6, 16, 15)]);
  });

  it('returns nothing when every slot is taken', () => {
    expect(groupFreeSlots([slot(shanghai(6, 16), 1)], NOW, ZONE)).toEqual([]);
  });
});
