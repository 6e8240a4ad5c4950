import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatLocal,
  instantToZoned,
  isValidTimeZone,
  localWeekRange,
  localWeekStart,
  weekdayOf,
  zonedToInstant,
} from './time';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const HOUR = 3_600_000;

describe('zonedToInstant / instantToZoned in Asia/Shanghai', () => {
  it('converts a wall time to UTC (+8, no DST) and back', () => {
    const at = zonedToInstant('2025-03-07', 16 * 60 + 30, SH);
    expect(at).toBe(Date.UTC(2025, 2, 7, 8, 30));
    expect(instantToZoned(at, SH)).toEqual({ date: '2025-03-07', minuteOfDay: 990, weekday: 5 });
  });

  it('treats minute 1440 as the next midnight', () => {
    expect(zonedToInstant('2025-03-09', 1440, SH)).toBe(zonedToInstant('2025-03-10', 0, SH));
    expect(zonedToInstant('2024-12-31', 1440, SH)).toBe(Date.UTC(2024, 11, 31, 16));
    expect(instantToZoned(zonedToInstant('2025-03-09', 1440, SH), SH)).toEqual({
      date: '2025-03-10',
      minuteOfDay: 0,
      weekday: 1,
    });
  });

  it('handles local midnight, which is the previous UTC day', () => {
    expect(instantToZoned(Date.UTC(2025, 2, 9, 16, 0), SH).date).toBe('2025-03-10');
    expect(instantToZoned(Date.UTC(2025, 2, 9, 15, 59), SH)).toEqual({
      date: '2025-03-09',
      minuteOfDay: 1439,
      weekday: 7,
    });
  });

  it('rejects bad dates and minutes', () => {
    expect(() => zonedToInstant('2025-02-29', 0, SH)).toThrow(RangeError);
    expect(() => zonedToInstant('2025-3-1', 0, SH)).toThrow(RangeError);
    expect(() => zonedToInstant('2025-03-01', 1441, SH)).toThrow(RangeError);
    expect(() => zonedToInstant('2025-03-01', -1, SH)).toThrow(RangeError);
    expect(() => zonedToInstant('2025-03-01', 0, 'Nowhere/Town')).toThrow(RangeError);
  });

  it('handles zones with odd offsets', () => {
    expect(zonedToInstant('2025-03-07', 0, 'Asia/Kathmandu')).toBe(Date.UTC(2025, 2, 6, 18, 15));
  });
});

describe('DST in America/New_York', () => {
  // 2025-03-09: 02:00 EST jumps to 03:00 EDT (07:00 UTC).
  it('moves wall times in the spring gap forward by the gap', () => {
    expect(zonedToInstant('2025-03-09', 1 * 60 + 59, NY)).toBe(Date.UTC(2025, 2, 9, 6, 59));
    expect(zonedToInstant('2025-03-09', 2 * 60, NY)).toBe(Date.UTC(2025, 2, 9, 7, 0));
    expect(zonedToInstant('2025-03-09', 2 * 60 + 30, NY)).toBe(Date.UTC(2025, 2, 9, 7, 30));
    expect(zonedToInstant('2025-03-09', 3 * 60, NY)).toBe(Date.UTC(2025, 2, 9, 7, 0));
    expect(instantToZoned(zonedToInstant('2025-03-09', 150, NY), NY).minuteOfDay).toBe(3 * 60 + 30);
  });

  // 2025-11-02: 02:00 EDT falls back to 01:00 EST (06:00 UTC); 01:xx happens twice.
  it('resolves the repeated fall-back hour to the earlier instant', () => {
    expect(zonedToInstant('2025-11-02', 1 * 60 + 30, NY)).toBe(Date.UTC(2025, 10, 2, 5, 30));
    expect(zonedToInstant('2025-11-02', 2 * 60, NY)).toBe(Date.UTC(2025, 10, 2, 7, 0));
    expect(instantToZoned(Date.UTC(2025, 10, 2, 6, 30), NY).minuteOfDay).toBe(90); // second pass
  });

  it('round-trips every quarter hour across both transition days, except the second pass', () => {
    for (const day of [Date.UTC(2025, 2, 9, 4), Date.UTC(2025, 10, 2, 4)]) {
      for (let t = day; t < day + 24 * HOUR; t += 15 * 60_000) {
        const { date, minuteOfDay } = instantToZoned(t, NY);
        const back = zonedToInstant(date, minuteOfDay, NY);
        expect(back === t || back === t - HOUR).toBe(true);
      }
    }
  });

  it('gives 23- and 25-hour days', () => {
    const len = (d: string) => zonedToInstant(d, 1440, NY) - zonedToInstant(d, 0, NY);
    expect(len('2025-03-09')).toBe(23 * HOUR);
    expect(len('2025-11-02')).toBe(25 * HOUR);
    expect(len('2025-11-03')).toBe(24 * HOUR);
  });
});

describe('calendar helpers', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-09', 0)).toBe('2025-03-09');
    expect(() => addDays('2025-03-09', 0.5)).toThrow(RangeError);
  });

  it('numbers weekdays ISO-style', () => {
    expect(weekdayOf('2025-03-03')).toBe(1);
    expect(weekdayOf('2025-03-07')).toBe(5);
    expect(weekdayOf('2025-03-09')).toBe(7);
  });

  it('starts the local week on Monday 00:00 in the school zone', () => {
    const sundayLate = zonedToInstant('2025-03-09', 23 * 60 + 30, SH);
    const mondayMidnight = zonedToInstant('2025-03-10', 0, SH);
    expect(localWeekStart(sundayLate, SH)).toBe('2025-03-03');
    expect(localWeekStart(mondayMidnight, SH)).toBe('2025-03-10');
    expect(localWeekStart(mondayMidnight - 1, SH)).toBe('2025-03-03');
    expect(localWeekRange(sundayLate, SH)).toEqual({
      startAt: zonedToInstant('2025-03-03', 0, SH),
      endAt: mondayMidnight,
    });
  });

  it('gives DST weeks their real length', () => {
    const { startAt, endAt } = localWeekRange(Date.UTC(2025, 2, 9, 12), NY);
    expect(startAt).toBe(Date.UTC(2025, 2, 3, 5));
    expect(endAt).toBe(Date.UTC(2025, 2, 10, 4));
  });

  it('validates IANA zones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('  ')).toBe(false);
  });

  it('formats for the big cards', () => {
    const at = zonedToInstant('2025-03-07', 16 * 60 + 30, SH);
    expect(formatLocal(at, SH, 'zh-CN')).toBe('星期五 16:30');
    expect(formatLocal(at, SH, 'en')).toBe('Fri 16:30');
    expect(formatLocal(zonedToInstant('2025-03-09', 5, SH), SH, 'zh-CN')).toBe('星期日 00:05');
    expect(formatLocal(at, NY, 'en')).toBe('Fri 03:30');
  });
});
