import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateRange,
  groupByDay,
  instantToZoned,
  weekRange,
  weekdayOf,
  zonedToInstant,
} from './zonedTime';

describe('the school week', () => {
  it('runs Monday 00:00 to the next Monday 00:00 in Shanghai, whatever day it is', () => {
    // Friday 2026-03-06 23:30 in Shanghai is 15:30 UTC.
    const friday = Date.UTC(2026, 2, 6, 15, 30);
    const week = weekRange(friday, 'Asia/Shanghai');
    expect(week.from).toBe(Date.UTC(2026, 2, 1, 16, 0)); // Mon 2 March 00:00 +08
    expect(week.to).toBe(Date.UTC(2026, 2, 8, 16, 0));
    expect(week.days).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
  });

  it('uses the school’s date, not UTC’s: Monday 01:00 in Shanghai is still Sunday in UTC', () => {
    const mondayEarly = Date.UTC(2026, 2, 1, 17, 0); // Mon 2 March 01:00 +08
    expect(weekRange(mondayEarly, 'Asia/Shanghai').days[0]).toBe('2026-03-02');
  });

  it('moves by whole weeks', () => {
    const now = Date.UTC(2026, 2, 4, 4, 0);
    expect(weekRange(now, 'Asia/Shanghai', 1).days[0]).toBe('2026-03-09');
    expect(weekRange(now, 'Asia/Shanghai', -1).days[0]).toBe('2026-02-23');
  });

  it('is shorter than 7 × 24 h across a DST change', () => {
    // 2026-03-08 is the spring-forward Sunday in New York.
    const week = weekRange(Date.UTC(2026, 2, 4, 17, 0), 'America/New_York');
    expect(week.to - week.from).toBe(7 * 24 * 3_600_000 - 3_600_000);
  });
});

describe('calendar helpers', () => {
  it('round-trips a wall time', () => {
    const instant = zonedToInstant('2026-03-02', 16 * 60 + 30, 'Asia/Shanghai');
    expect(instant).toBe(Date.UTC(2026, 2, 2, 8, 30));
    expect(instantToZoned(instant, 'Asia/Shanghai')).toEqual({
      date: '2026-03-02',
      minuteOfDay: 990,
      weekday: 1,
    });
  });

  it('counts days and weekdays over month ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(weekdayOf('2026-03-02')).toBe(1);
    expect(weekdayOf('2026-03-08')).toBe(7);
  });

  it('turns a date range into instants, the end day included', () => {
    expect(dateRange('2026-03-02', '2026-03-02', 'Asia/Shanghai')).toEqual({
      from: Date.UTC(2026, 2, 1, 16),
      to: Date.UTC(2026, 2, 2, 16),
    });
  });
});

describe('grouping bookings by day', () => {
  it('puts each booking under its local day, in time order, and keeps empty days', () => {
    const tz = 'Asia/Shanghai';
    const at = (date: string, hhmm: number) => ({
      id: `${date} ${hhmm}`,
      startAt: zonedToInstant(date, hhmm, tz),
    });
    const groups = groupByDay(
      [
        at('2026-03-03', 17 * 60),
        at('2026-03-02', 23 * 60 + 30),
        at('2026-03-03', 16 * 60),
        at('2026-03-20', 0),
      ],
      ['2026-03-02', '2026-03-03', '2026-03-04'],
      tz,
    );
    expect(groups.map((g) => [g.date, g.items.map((b) => b.id)])).toEqual([
      ['2026-03-02', ['2026-03-02 1410']],
      ['2026-03-03', ['2026-03-03 960', '2026-03-03 1020']],
      ['2026-03-04', []],
    ]);
  });
});

describe('day labels', () => {
  it('reads a local date with its weekday', async () => {
    const { formatDay } = await import('./dayLabel');
    expect(formatDay('2026-03-02', 'zh-CN')).toBe('3月2日 星期一');
    expect(formatDay('2026-03-08', 'en')).toBe('Sun 8/3');
  });
});
