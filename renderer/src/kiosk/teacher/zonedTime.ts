// The school's weeks and days for teacher mode, on top of the shared
// time-zone arithmetic in common/time.ts (the server's rules use the same).
import type { LocalDate } from '@hhc/common/domain';
import { addDays, DAY_MS, instantToZoned, weekdayOf, zonedToInstant } from '@hhc/common/time';

export { addDays, DAY_MS, instantToZoned, weekdayOf, zonedToInstant };

export interface WeekRange {
  /** Monday 00:00 local. */
  from: number;
  /** The next Monday 00:00 local (not always 7 × 24 h where DST applies). */
  to: number;
  /** Monday … Sunday. */
  days: LocalDate[];
}

/** The school's Monday-to-Sunday week containing `instant`, moved by `offsetWeeks`. */
export function weekRange(instant: number, timeZone: string, offsetWeeks = 0): WeekRange {
  const { date } = instantToZoned(instant, timeZone);
  const monday = addDays(date, 1 - weekdayOf(date) + offsetWeeks * 7);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return {
    from: zonedToInstant(monday, 0, timeZone),
    to: zonedToInstant(addDays(monday, 7), 0, timeZone),
    days,
  };
}

/** [start of `from` day, start of the day after `to`) in the school's zone. */
export function dateRange(from: LocalDate, to: LocalDate, timeZone: string): { from: number; to: number } {
  return { from: zonedToInstant(from, 0, timeZone), to: zonedToInstant(addDays(to, 1), 0, timeZone) };
}

/** Items sorted by start, under each of `days` (days without items stay, empty). */
export function groupByDay<T extends { startAt: number }>(
  items: readonly T[],
  days: readonly LocalDate[],
  timeZone: string,
): Array<{ date: LocalDate; items: T[] }> {
  const groups = new Map(days.map((date) => [date, [] as T[]]));
  for (const item of [...items].sort((a, b) => a.startAt - b.startAt)) {
    groups.get(instantToZoned(item.startAt, timeZone).date)?.push(item);
  }
  return [...groups].map(([date, grouped]) => ({ date, items: grouped }));
}
