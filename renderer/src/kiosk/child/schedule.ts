// What the child's home shows: which booking is "my next call", and whether
// its big join button may light up. The join rule mirrors the server's
// canJoin for kiosks (signaling-server/src/domain/lifecycle.ts), which
// decides in the end; the button only avoids a tap that would be refused.
import type { KioskBooking } from '@hhc/common/protocol';
import { MINUTE_MS } from './ring';

/** The server lets a kiosk in this long before the slot (KIOSK_JOIN_EARLY_MINUTES). */
export const KIOSK_JOIN_EARLY_MS = 5 * MINUTE_MS;

type Timed = Pick<KioskBooking, 'status' | 'startAt' | 'endAt'>;

export function canJoinNow(booking: Timed, now: number): boolean {
  if (booking.status !== 'confirmed' && booking.status !== 'in_progress') return false;
  return now >= booking.startAt - KIOSK_JOIN_EARLY_MS && now < booking.endAt;
}

/** The booking a child cares about next: not over, not cancelled, earliest first. */
export function nextCall<B extends Timed>(bookings: readonly B[], now: number): B | undefined {
  return bookings
    .filter(
      (b) =>
        b.endAt > now && (b.status === 'confirmed' || b.status === 'in_progress' || b.status === 'requested'),
    )
    .sort((a, b) => a.startAt - b.startAt)[0];
}

/** Calls open right now, for the "call now" cards on the login screen. */
export function joinableNow<B extends Timed>(bookings: readonly B[], now: number): B[] {
  return bookings.filter((b) => canJoinNow(b, now)).sort((a, b) => a.startAt - b.startAt);
}
