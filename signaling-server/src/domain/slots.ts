// Turns a school's weekly call windows into concrete, bookable slots for a
// range of instants, with how many active bookings already hold each one.
import { activeBookingStatuses } from '@hhc/common/domain';
import type { Booking, CallWindow, ClosedDate, LocalDate, Slot } from '@hhc/common/domain';
import { MINUTE_MS, addDays, instantToZoned, weekdayOf, zonedToInstant } from './time';

export interface SlotQuery {
  /** One school's windows, closed dates and bookings. */
  windows: readonly CallWindow[];
  closedDates: readonly ClosedDate[];
  bookings: readonly Booking[];
  /** Slots starting in [from, to) are returned. */
  from: number;
  to: number;
  timeZone: string;
}

/** Windows from bad data (zero-length slots, minutes outside the day) would loop forever or throw. */
function isUsable(w: CallWindow): boolean {
  return (
    Number.isInteger(w.slotMinutes) &&
    w.slotMinutes > 0 &&
    Number.isInteger(w.startMinute) &&
    Number.isInteger(w.endMinute) &&
    w.startMinute >= 0 &&
    w.endMinute <= 1440 &&
    w.startMinute < w.endMinute
  );
}

function appliesOn(w: CallWindow, date: LocalDate): boolean {
  // 'YYYY-MM-DD' strings sort like the dates they name.
  return (
    w.weekday === weekdayOf(date) && w.validFrom <= date && (w.validUntil === null || date <= w.validUntil)
  );
}

export function overlaps(
  a: { startAt: number; endAt: number },
  b: { startAt: number; endAt: number },
): boolean {
  return a.startAt < b.endAt && b.startAt < a.endAt;
}

export function isActive(booking: Booking): boolean {
  return activeBookingStatuses.includes(booking.status);
}

/**
 * Slots are laid out on the wall clock (16:00, 16:30, …) but last their real
 * length: endAt = startAt + slotMinutes. On a DST night this keeps every call
 * as long as its window says; slots whose local start does not exist (spring
 * gap) are skipped, and in the repeated fall-back hour only the first pass of
 * the clock produces slots.
 */
export function generateSlots(input: SlotQuery): Slot[] {
  const { from, to, timeZone } = input;
  if (!(to > from)) return [];
  const closed = new Set(input.closedDates.map((c) => c.date));
  const windows = input.windows.filter(isUsable);
  const byInterval = new Map<string, Slot>();

  const lastDate = instantToZoned(to - 1, timeZone).date;
  for (let date = instantToZoned(from, timeZone).date; date <= lastDate; date = addDays(date, 1)) {
    if (closed.has(date)) continue;
    for (const w of windows) {
      if (!appliesOn(w, date)) continue;
      // A slot that would run past the window's end is dropped, not shortened.
      for (let m = w.startMinute; m + w.slotMinutes <= w.endMinute; m += w.slotMinutes) {
        const startAt = zonedToInstant(date, m, timeZone);
        if (startAt < from || startAt >= to) continue;
        const shown = instantToZoned(startAt, timeZone);
        if (shown.date !== date || shown.minuteOfDay !== m) continue; // DST gap
        const endAt = startAt + w.slotMinutes * MINUTE_MS;
        const key = `${startAt}/${endAt}`;
        const same = byInterval.get(key);
        // Duplicate windows (e.g. entered twice while editing) must not double the room.
        if (same) same.capacity = Math.max(same.capacity, w.capacity);
        else byInterval.set(key, { startAt, endAt, capacity: w.capacity, booked: 0 });
      }
    }
  }

  const active = input.bookings.filter(isActive);
  const slots = [...byInterval.values()];
  for (const slot of slots) slot.booked = active.filter((b) => overlaps(b, slot)).length;
  return slots.sort((a, b) => a.startAt - b.startAt || a.endAt - b.endAt);
}

export function isFree(slot: Slot): boolean {
  return slot.booked < slot.capacity;
}

/**
 * The slot starting at `startAt`. Overlapping windows with different slot
 * lengths can give two slots with the same start; the shorter one (first in
 * generateSlots' order) wins.
 */
export function findSlot(slots: readonly Slot[], startAt: number): Slot | undefined {
  return slots.find((s) => s.startAt === startAt);
}
