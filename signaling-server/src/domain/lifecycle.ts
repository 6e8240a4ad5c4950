// The booking status machine and who may enter a call when. Every transition
// not listed here is refused, so a stale button or a replayed message cannot
// bring a finished call back to life.
import type { Booking, BookingStatus, SchoolPolicy } from '@hhc/common/domain';
import { assertNever } from '@hhc/common/result';
import { MINUTE_MS } from './time';

export type BookingEvent =
  | { type: 'approve' }
  | { type: 'cancel'; reason: string }
  | { type: 'start' }
  | { type: 'slot-ended'; kioskJoined: boolean; parentJoined: boolean };

export type Transition = { ok: true; status: BookingStatus } | { ok: false; message: string };

/** Kiosks get a few minutes to wake the camera before the slot; not a school setting. */
export const KIOSK_JOIN_EARLY_MINUTES = 5;

const to = (status: BookingStatus): Transition => ({ ok: true, status });
const no = (message: string): Transition => ({ ok: false, message });

function ended(event: { kioskJoined: boolean; parentJoined: boolean }): Transition {
  // The child side is checked first: a kiosk that never joined is the school's
  // miss, even when the parent stayed away too.
  if (!event.kioskJoined) return to('missed_by_child');
  return to(event.parentJoined ? 'completed' : 'missed_by_parent');
}

export function nextStatus(current: BookingStatus, event: BookingEvent): Transition {
  switch (current) {
    case 'requested':
      switch (event.type) {
        case 'approve':
          return to('confirmed');
        case 'cancel':
          return to('cancelled');
        case 'start':
          return no('This call has not been approved yet.');
        case 'slot-ended':
          // Nobody approved it in time; it never was a call.
          return to('cancelled');
        default:
          return assertNever(event, 'booking event');
      }
    case 'confirmed':
      switch (event.type) {
        case 'approve':
          return no('This call is already confirmed.');
        case 'cancel':
          return to('cancelled');
        case 'start':
          return to('in_progress');
        case 'slot-ended':
          return ended(event);
        default:
          return assertNever(event, 'booking event');
      }
    case 'in_progress':
      switch (event.type) {
        case 'approve':
          return no('This call is already confirmed.');
        case 'cancel':
          return no('This call has already started.');
        case 'start':
          // Both sides report the start; the second report changes nothing.
          return to('in_progress');
        case 'slot-ended':
          return ended(event);
        default:
          return assertNever(event, 'booking event');
      }
    case 'completed':
    case 'missed_by_child':
    case 'missed_by_parent':
      return no('This call has already ended.');
    case 'cancelled':
      return no('This call was cancelled.');
    default:
      return assertNever(current, 'booking status');
  }
}

export type JoinRefusal = 'NOT_CONFIRMED' | 'TOO_EARLY' | 'ENDED';

export function canJoin(
  booking: Pick<Booking, 'status' | 'startAt' | 'endAt'>,
  who: 'kiosk' | 'parent',
  now: number,
  policy: Pick<SchoolPolicy, 'joinEarlyMinutes'>,
): { ok: true } | { ok: false; reason: JoinRefusal } {
  const { status } = booking;
  if (status !== 'confirmed' && status !== 'in_progress') {
    // A late parent link on a finished call should hear "ended", not "not confirmed".
    const finished = status === 'completed' || status === 'missed_by_child' || status === 'missed_by_parent';
    return { ok: false, reason: finished ? 'ENDED' : 'NOT_CONFIRMED' };
  }
  if (now >= booking.endAt) return { ok: false, reason: 'ENDED' };
  const earlyMinutes = who === 'kiosk' ? KIOSK_JOIN_EARLY_MINUTES : policy.joinEarlyMinutes;
  if (now < booking.startAt - earlyMinutes * MINUTE_MS) return { ok: false, reason: 'TOO_EARLY' };
  return { ok: true };
}
