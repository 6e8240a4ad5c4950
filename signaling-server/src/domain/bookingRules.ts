// Whether a call may be booked (or moved) at a given slot, and with which
// status. Pure: the caller loads the school, the people, the slots and the
// bookings that could matter, and stores the result.
import type { Booking, BookingCreator, School, Slot } from '@hhc/common/domain';
import type { BookingRefusal, MoveRefusal } from '@hhc/common/refusals';
import { findSlot, isActive, overlaps } from './slots';
import { MINUTE_MS, localWeekRange } from './time';

export type { BookingRefusal, MoveRefusal };

export type BookingDecision =
  | { ok: true; endAt: number; status: 'requested' | 'confirmed' }
  | { ok: false; reason: BookingRefusal; message: string };

export type MoveDecision =
  | { ok: true; endAt: number; status: 'requested' | 'confirmed' }
  | { ok: false; reason: MoveRefusal; message: string };

export interface BookingRequest {
  childId: string;
  guardianId: string;
  kioskId: string | null;
  startAt: number;
  createdBy: BookingCreator;
  now: number;
}

export interface BookingContext {
  school: School;
  child: { id: string; archived: boolean; consentRecorded: boolean };
  guardian: { id: string; childId: string };
  /** From generateSlots over a range containing the requested start, built from the same bookings. */
  slots: readonly Slot[];
  /** The child's bookings in the same local week and every active booking overlapping the slot. */
  existingBookings: readonly Booking[];
}

export interface MoveRequest {
  now: number;
  /** Who moves it; defaults to whoever created the booking. */
  movedBy?: BookingCreator;
}

function refuse(
  reason: BookingRefusal,
  message: string,
): { ok: false; reason: BookingRefusal; message: string } {
  return { ok: false, reason, message };
}

const countsTowardsLimit = (b: Booking) => isActive(b) || b.status === 'completed';

function statusFor(actor: BookingCreator, school: School): 'requested' | 'confirmed' {
  switch (actor) {
    case 'staff':
      return 'confirmed';
    case 'child':
      return school.policy.childBookingsNeedApproval ? 'requested' : 'confirmed';
    case 'guardian':
      return 'requested';
  }
}

/**
 * `moving` is the booking being moved: it must neither block itself nor use
 * up its own weekly allowance or place in the slot.
 */
function evaluate(request: BookingRequest, context: BookingContext, moving: Booking | null): BookingDecision {
  const { school, child, guardian } = context;
  const policy = school.policy;
  // Mismatched records are a caller's bug, not something to explain to a user.
  if (child.id !== request.childId || guardian.id !== request.guardianId) {
    throw new Error('booking context does not match the request');
  }

  if (child.archived) return refuse('CHILD_ARCHIVED', 'This child’s profile is archived.');
  if (!child.consentRecorded) return refuse('NO_CONSENT', 'A guardian’s consent has not been recorded yet.');
  if (guardian.childId !== child.id) {
    return refuse('GUARDIAN_NOT_OF_CHILD', 'This family member is not linked to this child.');
  }
  if (request.createdBy === 'guardian' && !policy.parentsMayRequest) {
    return refuse('PARENT_REQUESTS_OFF', 'This school does not take call requests from parents.');
  }
  if (request.startAt < request.now) return refuse('IN_THE_PAST', 'That time has already passed.');
  if (request.startAt < request.now + policy.minNoticeMinutes * MINUTE_MS) {
    return refuse('TOO_SOON', `Calls must be booked at least ${policy.minNoticeMinutes} minutes ahead.`);
  }

  const slot = findSlot(context.slots, request.startAt);
  if (!slot) return refuse('NOT_A_SLOT', 'There is no call time starting then.');

  const others = context.existingBookings.filter((b) => b.id !== moving?.id);
  const overlapping = others.filter((b) => isActive(b) && overlaps(b, slot));
  if (overlapping.some((b) => b.childId === request.childId)) {
    return refuse('CHILD_BUSY', 'This child already has a call at that time.');
  }
  if (overlapping.some((b) => b.guardianId === request.guardianId)) {
    return refuse('GUARDIAN_BUSY', 'This family member already has a call at that time.');
  }
  if (request.kioskId !== null && overlapping.some((b) => b.kioskId === request.kioskId)) {
    return refuse('KIOSK_BUSY', 'That call station is already in use then.');
  }

  const week = localWeekRange(slot.startAt, school.timeZone);
  const thisWeek = others.filter(
    (b) =>
      b.childId === request.childId &&
      countsTowardsLimit(b) &&
      b.startAt >= week.startAt &&
      b.startAt < week.endAt,
  );
  if (thisWeek.length >= policy.maxCallsPerChildPerWeek) {
    return refuse('WEEKLY_LIMIT', 'This child has no calls left that week.');
  }

  // slot.booked counts the moved booking if it overlaps; the overlapping
  // bookings are a backstop in case the slots were built from other data.
  const selfInSlot = moving !== null && isActive(moving) && overlaps(moving, slot);
  const booked = Math.max(slot.booked - (selfInSlot ? 1 : 0), overlapping.length);
  if (booked >= slot.capacity) return refuse('SLOT_FULL', 'That call time is already full.');

  return { ok: true, endAt: slot.endAt, status: statusFor(request.createdBy, school) };
}

export function checkNewBooking(request: BookingRequest, context: BookingContext): BookingDecision {
  return evaluate(request, context, null);
}

/**
 * Moving keeps the booking's creator; the resulting status follows whoever
 * moves it (a teacher's move is confirmed, a parent's needs approval again).
 * The slots should be generated from bookings that include this one.
 */
export function checkMove(
  booking: Booking,
  newStartAt: number,
  context: BookingContext,
  move: MoveRequest,
): MoveDecision {
  if (booking.status !== 'requested' && booking.status !== 'confirmed') {
    return { ok: false, reason: 'NOT_MOVABLE', message: 'This call can no longer be moved.' };
  }
  return evaluate(
    {
      childId: booking.childId,
      guardianId: booking.guardianId,
      kioskId: booking.kioskId,
      startAt: newStartAt,
      createdBy: move.movedBy ?? booking.createdBy.kind,
      now: move.now,
    },
    context,
    booking,
  );
}
