// Free call times for the booking screen, grouped by the school's calendar
// day (not the kiosk's: the PC's clock zone may be set wrong).
import type { Slot } from '@hhc/common/domain';
import { DAY_MS, MINUTE_MS } from './ring';

/** The server refuses bookings closer than this (policy.minNoticeMinutes, 30 by default). */
export const MIN_NOTICE_MS = 30 * MINUTE_MS;

export interface SlotDay {
  /** 'YYYY-MM-DD' in the school's zone. */
  date: string;
  /** 0 = today, 1 = tomorrow, … (school calendar). */
  dayOffset: number;
  slots: Slot[];
}

/** 'YYYY-MM-DD' of an instant in a time zone. */
export function localDate(instant: number, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Slots with room left that start far enough ahead to be booked, by day, earliest first. */
export function groupFreeSlots(
  slots: readonly Slot[],
  now: number,
  timeZone: string,
  minNoticeMs = MIN_NOTICE_MS,
): SlotDay[] {
  const today = localDate(now, timeZone);
  const days = new Map<string, Slot[]>();
  const free = slots
    .filter((slot) => slot.booked < slot.capacity && slot.startAt >= now + minNoticeMs)
    .sort((a, b) => a.startAt - b.startAt);
  for (const slot of free) {
    const date = localDate(slot.startAt, timeZone);
    const day = days.get(date) ?? [];
    day.push(slot);
    days.set(date, day);
  }
  return [...days].map(([date, daySlots]) => ({
    date,
    dayOffset: daysBetween(today, date),
    slots: daySlots,
  }));
}
