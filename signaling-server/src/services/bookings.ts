// Booking, moving and listing calls: the pure rules (domain/) applied to a
// snapshot the store reads inside its write transaction.
import type { Booking, BookingCreator, School, Slot } from '@hhc/common/domain';
import { activeBookingStatuses } from '@hhc/common/domain';
import type { KioskBooking } from '@hhc/common/protocol';
import { AppError, ErrorCode } from '@hhc/common/result';
import { checkMove, checkNewBooking, type BookingContext } from '../domain/bookingRules';
import { generateSlots } from '../domain/slots';
import { DAY_MS } from '../domain/time';
import type { BookingSnapshot, NewBooking } from '../store/Store';
import type { AppContext } from '../api/context';

/**
 * Undefined when the child or the guardian is missing — or the guardian is not this child's: that
 * gets the same answer as an id that does not exist, so ids from another family or school cannot be
 * told apart from random ones.
 */
function ruleContext(snap: BookingSnapshot, startAt: number): BookingContext | undefined {
  if (!snap.child || !snap.guardian || snap.guardian.childId !== snap.child.id) return undefined;
  return {
    school: snap.school,
    child: { id: snap.child.id, archived: snap.child.archived, consentRecorded: snap.child.consent !== null },
    guardian: { id: snap.guardian.id, childId: snap.guardian.childId },
    slots: generateSlots({
      windows: snap.windows,
      closedDates: snap.closedDates,
      bookings: snap.bookings,
      from: startAt - DAY_MS,
      to: startAt + DAY_MS,
      timeZone: snap.school.timeZone,
    }),
    existingBookings: snap.bookings,
  };
}

/** The rule's English message for logs, and its reason for screens in the reader's language. */
const refused = (result: { ok: boolean; message?: string; reason?: string }) =>
  new AppError(ErrorCode.BookingRefused, result.ok ? 'Refused.' : (result.message ?? 'Refused.'), {
    reason: result.reason,
  });

export async function createBooking(
  context: AppContext,
  input: {
    schoolId: string;
    childId: string;
    guardianId: string;
    kioskId: string | null;
    startAt: number;
    createdBy: { kind: BookingCreator; id: string };
  },
): Promise<Booking> {
  const now = context.now();
  const result = await context.store.bookings.createChecked(
    input satisfies NewBooking,
    (snap) => {
      const rules = ruleContext(snap, input.startAt);
      if (!rules) return { ok: false, reason: 'NOT_FOUND', message: 'Child or guardian not found.' };
      return checkNewBooking({ ...input, createdBy: input.createdBy.kind, now }, rules);
    },
    now,
  );
  if (!('id' in result)) throw refused(result);
  context.scheduleChanged(input.schoolId);
  return result;
}

export async function moveBooking(context: AppContext, bookingId: string, startAt: number): Promise<Booking> {
  const now = context.now();
  const result = await context.store.bookings.moveChecked(
    bookingId,
    startAt,
    (snap, booking) => {
      const rules = ruleContext(snap, startAt);
      if (!rules) return { ok: false, reason: 'NOT_FOUND', message: 'Child or guardian not found.' };
      return checkMove(booking, startAt, rules, { now, movedBy: 'staff' });
    },
    now,
  );
  if (!result) throw new AppError(ErrorCode.NotFound, 'Booking not found.');
  if (!('id' in result)) throw refused(result);
  context.calls.endCall(bookingId);
  context.scheduleChanged(result.schoolId);
  return result;
}

/** Slots of a school in [from, to), with how many are booked. */
export async function schoolSlots(
  context: AppContext,
  school: School,
  from: number,
  to: number,
): Promise<Slot[]> {
  const [windows, closedDates, bookings] = await Promise.all([
    context.store.windows.list(school.id),
    context.store.closedDates.list(school.id),
    context.store.bookings.list({
      schoolId: school.id,
      from: from - DAY_MS,
      to: to + DAY_MS,
      statuses: activeBookingStatuses,
    }),
  ]);
  return generateSlots({ windows, closedDates, bookings, from, to, timeZone: school.timeZone });
}

/** Bookings as a kiosk shows them: with who the call is with. */
export async function toKioskBookings(
  context: AppContext,
  schoolId: string,
  bookings: Booking[],
): Promise<KioskBooking[]> {
  const guardians = new Map((await context.store.guardians.listBySchool(schoolId)).map((g) => [g.id, g]));
  return bookings.map((booking) => {
    const guardian = guardians.get(booking.guardianId);
    return {
      id: booking.id,
      childId: booking.childId,
      guardianId: booking.guardianId,
      guardianRelation: guardian?.relation ?? 'other',
      guardianName: guardian?.displayName ?? '',
      startAt: booking.startAt,
      endAt: booking.endAt,
      status: booking.status,
    };
  });
}
