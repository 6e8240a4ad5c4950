// Wall-clock arithmetic in IANA time zones using only Intl, so that no date
// library (and no second copy of the tz database) is needed. Calendar dates are
// handled as UTC midnights, where every day has exactly 24 hours.
import type { LocalDate, Weekday } from './domain';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const MINUTES_PER_DAY = 1440;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // h23: some engines print midnight as "24" with hour12: false.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
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

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockAt(instant: number, timeZone: string): WallClock {
  if (!Number.isFinite(instant)) throw new RangeError(`not an instant: ${instant}`);
  const wall: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in wall) wall[part.type as keyof WallClock] = Number(part.value);
  }
  return wall;
}

/** Local wall time minus UTC at that instant, in ms (Shanghai: +8 h). */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // Intl drops milliseconds, so compare against the instant's whole second.
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}

/** UTC midnight of a calendar date; throws on anything that is not a real date. */
function parseLocalDate(date: LocalDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(y, m - 1, d);
    const check = new Date(ms);
    if (check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d) return ms;
  }
  throw new RangeError(`not a calendar date: ${date}`);
}

function formatUtcDate(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The instant at which clocks in `timeZone` show `minuteOfDay` on `date`
 * (1440 = the next day's midnight).
 *
 * Wall times skipped by a DST gap are moved forward by the length of the gap
 * (02:30 on a spring-forward night in New York becomes 03:30 EDT), so a call
 * booked "at 02:30" still happens and happens later, never earlier. Wall times
 * that occur twice (fall-back) resolve to the earlier instant, the first time
 * the clock shows them.
 */
export function zonedToInstant(date: LocalDate, minuteOfDay: number, timeZone: string): number {
  if (!Number.isInteger(minuteOfDay) || minuteOfDay < 0 || minuteOfDay > MINUTES_PER_DAY) {
    throw new RangeError(`minute of day out of range: ${minuteOfDay}`);
  }
  const wall = parseLocalDate(date) + minuteOfDay * MINUTE_MS;
  // Real offsets stay within ±14 h, so a day either side lands before and after
  // any transition affecting this wall time; the middle guess covers zones with
  // two transitions in two days.
  const offsetBefore = offsetAt(wall - DAY_MS, timeZone);
  const offsetAfter = offsetAt(wall + DAY_MS, timeZone);
  const offsetGuess = offsetAt(wall - offsetBefore, timeZone);
  let best: number | undefined;
  for (const offset of [offsetBefore, offsetGuess, offsetAfter]) {
    const candidate = wall - offset;
    if (offsetAt(candidate, timeZone) === offset && (best === undefined || candidate < best))
      best = candidate;
  }
  // No offset fits: the wall time is in a gap. Reading it with the offset from
  // before the transition lands the same distance past the gap.
  return best ?? wall - offsetBefore;
}

export function instantToZoned(
  instant: number,
  timeZone: string,
): { date: LocalDate; minuteOfDay: number; weekday: Weekday } {
  const w = wallClockAt(instant, timeZone);
  const date = formatUtcDate(Date.UTC(w.year, w.month - 1, w.day));
  return { date, minuteOfDay: w.hour * 60 + w.minute, weekday: weekdayOf(date) };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  return formatUtcDate(parseLocalDate(date) + days * DAY_MS);
}

export function weekdayOf(date: LocalDate): Weekday {
  // getUTCDay counts from Sunday = 0; ISO puts Sunday last.
  return (((new Date(parseLocalDate(date)).getUTCDay() + 6) % 7) + 1) as Weekday;
}

/** The Monday of the local week containing `instant`. */
export function localWeekStart(instant: number, timeZone: string): LocalDate {
  const { date, weekday } = instantToZoned(instant, timeZone);
  return addDays(date, 1 - weekday);
}

/** Monday 00:00 to the next Monday 00:00, local; not always 7 × 24 h where DST applies. */
export function localWeekRange(instant: number, timeZone: string): { startAt: number; endAt: number } {
  const monday = localWeekStart(instant, timeZone);
  return {
    startAt: zonedToInstant(monday, 0, timeZone),
    endAt: zonedToInstant(addDays(monday, 7), 0, timeZone),
  };
}

export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

// Fixed tables rather than Intl's locale data: the cards must read the same on
// every kiosk, whatever ICU build its runtime ships.
const weekdayNames: Record<'zh-CN' | 'en', readonly string[]> = {
  'zh-CN': ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** '星期五 16:30' / 'Fri 16:30' in the given zone. */
export function formatLocal(instant: number, timeZone: string, locale: 'zh-CN' | 'en'): string {
  const { minuteOfDay, weekday } = instantToZoned(instant, timeZone);
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return `${weekdayNames[locale][weekday - 1]} ${hh}:${mm}`;
}
