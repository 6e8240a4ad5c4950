// Countdown maths for the rings children read instead of digits: how full a
// ring is, how to draw that with an SVG stroke, and the one number beside it.

export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The call's gentle "say goodbye" moment: the banner shows and the ring turns orange. */
export const ENDING_SOON_MS = 2 * MINUTE_MS;

export function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/** The share of [startAt, endAt) still ahead at `now`: 1 before it starts, 0 once it is over. */
export function remainingFraction(now: number, startAt: number, endAt: number): number {
  if (endAt <= startAt) return now < endAt ? 1 : 0;
  return clamp01((endAt - now) / (endAt - startAt));
}

/** stroke-dasharray / stroke-dashoffset that draw `fraction` of a circle of radius `r`. */
export function ringStroke(fraction: number, r: number): { circumference: number; offset: number } {
  const circumference = 2 * Math.PI * r;
  return { circumference, offset: circumference * (1 - clamp01(fraction)) };
}

export type CountdownUnit = 'days' | 'hours' | 'minutes' | 'seconds';

/**
 * "How long until my call" as one number and unit, and a ring showing that
 * number against the next unit up (2 days of a week, 3 hours of a day, 20
 * minutes of an hour), so the ring keeps shrinking as the call comes closer.
 * Hours and less round up: "1 minute" until the very last seconds, never "0 minutes" early.
 */
export function countdown(msLeft: number): { value: number; unit: CountdownUnit; fraction: number } {
  const ms = Math.max(0, msLeft);
  if (ms > DAY_MS) {
    // Rounded, not up: a call tomorrow at this time plus a bit is "1 day", not "2".
    const value = Math.round(ms / DAY_MS);
    return { value, unit: 'days', fraction: clamp01(ms / (7 * DAY_MS)) };
  }
  if (ms > HOUR_MS) return { value: Math.ceil(ms / HOUR_MS), unit: 'hours', fraction: ms / DAY_MS };
  if (ms > MINUTE_MS) return { value: Math.ceil(ms / MINUTE_MS), unit: 'minutes', fraction: ms / HOUR_MS };
  return { value: Math.ceil(ms / SECOND_MS), unit: 'seconds', fraction: ms / MINUTE_MS };
}

/** Whole minutes left in a call, rounded up (a call with 30 s left still has "1 minute"). */
export function minutesLeft(now: number, endsAt: number): number {
  return Math.max(0, Math.ceil((endsAt - now) / MINUTE_MS));
}

export function isEndingSoon(now: number, endsAt: number): boolean {
  return endsAt - now <= ENDING_SOON_MS;
}
