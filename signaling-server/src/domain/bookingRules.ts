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

/** A running call keeps its status when its people change. */
export type PeopleDecision = MoveDecision | { ok: true; endAt: number; status: 'in_progress' };

export interface BookingRequest {
  childId: string;
  guardianId: string;
  /** A family call: every child (the lead first); default just the lead. */
  childIds?: readonly string[];
  /** A family call: every guardian (the lead first); default just the lead. */
  guardianIds?: readonly string[];
  kioskId: string | null;
  startAt: number;
  createdBy: BookingCreator;
  now: number;
}

export interface BookingContext {
  school: School;
  child: { id: string; archived: boolean; consentRecorded: boolean };
  guardian: { id: string; childId: string };
  /** The lead's siblings in the call; each needs what the lead needs (not archived, consent). */
  siblings?: ReadonlyArray<{ id: string; archived: boolean; consentRecorded: boolean }>;
  /** The children whose guardians may be called: the lead's family (default: the lead only). */
  familyChildIds?: readonly string[];
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

type Refusal = { ok: false; reason: BookingRefusal; message: string };

const childrenOf = (request: BookingRequest) => request.childIds ?? [request.childId];
const guardiansOf = (request: BookingRequest) => request.guardianIds ?? [request.guardianId];

/** Whether these people may call at all: each child able to, each guardian of the family. */
function peopleRefusal(request: BookingRequest, context: BookingContext): Refusal | null {
  const { child, guardian } = context;
  // Mismatched records are a caller's bug, not something to explain to a user.
  if (child.id !== request.childId || guardian.id !== request.guardianId) {
    throw new Error('booking context does not match the request');
  }
  const children = [child, ...(context.siblings ?? [])];
  if (children.some((c) => c.archived)) return refuse('CHILD_ARCHIVED', 'This child’s profile is archived.');
  if (children.some((c) => !c.consentRecorded)) {
    return refuse('NO_CONSENT', 'A guardian’s consent has not been recorded yet.');
  }
  if (!(context.familyChildIds ?? [child.id]).includes(guardian.childId)) {
    return refuse('GUARDIAN_NOT_OF_CHILD', 'This family member is not linked to this child.');
  }
  return null;
}

/** Whether anyone is in another call over `range`, or a child has no call left that week. */
function busyRefusal(
  request: BookingRequest,
  school: School,
  others: readonly Booking[],
  range: { startAt: number; endAt: number },
): Refusal | null {
  const childIds = childrenOf(request);
  const guardianIds = guardiansOf(request);
  const overlapping = others.filter((b) => isActive(b) && overlaps(b, range));
  if (overlapping.some((b) => b.childIds.some((id) => childIds.includes(id)))) {
    return refuse('CHILD_BUSY', 'This child already has a call at that time.');
  }
  if (overlapping.some((b) => b.guardianIds.some((id) => guardianIds.includes(id)))) {
    return refuse('GUARDIAN_BUSY', 'This family member already has a call at that time.');
  }
  // A family call counts once for each child in it, against that child's own allowance.
  const week = localWeekRange(range.startAt, school.timeZone);
  const callsThatWeek = (childId: string) =>
    others.filter(
      (b) =>
        b.childIds.includes(childId) &&
        countsTowardsLimit(b) &&
        b.startAt >= week.startAt &&
        b.startAt < week.endAt,
    ).length;
  if (childIds.some((id) => callsThatWeek(id) >= school.policy.maxCallsPerChildPerWeek)) {
    return refuse('WEEKLY_LIMIT', 'This child has no calls left that week.');
  }
  return null;
}

/**
 * `moving` is the booking being moved: it must neither block itself nor use
 * up its own weekly allowance or place in the slot.
 */
function evaluate(request: BookingRequest, context: BookingContext, moving: Booking | null): BookingDecision {
  const { school } = context;
  const policy = school.policy;
  const who = peopleRefusal(request, context);
  if (who) return who;
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
  const busy = busyRefusal(request, school, others, slot);
  if (busy) return busy;
  const overlapping = others.filter((b) => isActive(b) && overlaps(b, slot));
  if (request.kioskId !== null && overlapping.some((b) => b.kioskId === request.kioskId)) {
    return refuse('KIOSK_BUSY', 'That call station is already in use then.');
  }

  // A family call takes one kiosk place, like any call. slot.booked counts the
  // moved booking if it overlaps; the overlapping bookings are a backstop in
  // case the slots were built from other data.
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
      childIds: booking.childIds,
      guardianIds: booking.guardianIds,
      kioskId: booking.kioskId,
      startAt: newStartAt,
      createdBy: move.movedBy ?? booking.createdBy.kind,
      now: move.now,
    },
    context,
    booking,
  );
}

/**
 * Changing who is in a booking (`booking` carries the new people): its time
 * and kiosk place stay, so only the people are checked — each child able to
 * call and within their week, nobody in another call at that time.
 */
export function checkPeopleChange(booking: Booking, context: BookingContext, now: number): PeopleDecision {
  // A running call may change too: a late father added, a guardian taken out (and sent out of it).
  const { status } = booking;
  if (
    (status !== 'requested' && status !== 'confirmed' && status !== 'in_progress') ||
    booking.endAt <= now
  ) {
    return { ok: false, reason: 'NOT_MOVABLE', message: 'This call can no longer be changed.' };
  }
  const request: BookingRequest = {
    childId: booking.childId,
    guardianId: booking.guardianId,
    childIds: booking.childIds,
    guardianIds: booking.guardianIds,
    kioskId: booking.kioskId,
    startAt: booking.startAt,
    createdBy: booking.createdBy.kind,
    now,
  };
  const others = context.existingBookings.filter((b) => b.id !== booking.id);
  return (
    peopleRefusal(request, context) ??
    busyRefusal(request, context.school, others, booking) ?? {
      ok: true,
      endAt: booking.endAt,
      status,
    }
  );
}
