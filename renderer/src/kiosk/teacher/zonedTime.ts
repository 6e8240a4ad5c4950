// Calendar arithmetic in the school's time zone with Intl only. Teachers see
// the school's week and days wherever the kiosk's clock is set; the server's
// copy of these rules lives in signaling-server/src/domain/time.ts, which page
// code may not import.
import type { LocalDate, Weekday } from '@hhc/common/domain';

const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23', // some engines print midnight as "24" otherwise
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClockAt(instant: number, timeZone: string) {
  const wall = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in wall) wall[part.type as keyof typeof wall] = Number(part.value);
  }
  return wall;
}

function offsetAt(instant: number, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000;
}

function utcMidnight(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: LocalDate): Weekday {
  return (((new Date(utcMidnight(date)).getUTCDay() + 6) % 7) + 1) as Weekday;
}

/** The instant the school's clocks show `minuteOfDay` on `date` (a DST gap moves it later, never earlier). */
export function zonedToInstant(date: LocalDate, minuteOfDay: number, timeZone: string): number {
  const wall = utcMidnight(date) + minuteOfDay * MINUTE_MS;
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const guess = offsetAt(wall - before, timeZone);
  let best: number | undefined;
  for (const offset of [before, guess, after]) {
    const candidate = wall - offset;
    if (offsetAt(candidate, timeZone) === offset && (best === undefined || candidate < best))
      best = candidate;
  }
  return best ?? wall - before;
}

export function instantToZoned(instant: number, timeZone: string): { date: LocalDate; minuteOfDay: number } {
  const w = wallClockAt(instant, timeZone);
  const date = new Date(Date.UTC(w.year, w.month - 1, w.day)).toISOString().slice(0, 10);
  return { date, minuteOfDay: w.hour * 60 + w.minute };
}

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
