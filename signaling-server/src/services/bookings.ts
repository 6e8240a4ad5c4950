// Booking, moving and listing calls: the pure rules (domain/) applied to a
// snapshot the store reads inside its write transaction.
import type { Booking, BookingCreator, School, Slot } from '@hhc/common/domain';
import { activeBookingStatuses } from '@hhc/common/domain';
import type { KioskBooking } from '@hhc/common/protocol';
import { AppError, ErrorCode } from '@hhc/common/result';
import { checkMove, checkNewBooking, checkPeopleChange, type BookingContext } from '../domain/bookingRules';
import { generateSlots } from '../domain/slots';
import { DAY_MS } from '../domain/time';
import { everyone } from '../domain/people';
import type { BookingSnapshot, ChildRecord, FamilyPeople, NewBooking } from '../store/Store';
import type { AppContext } from '../api/context';
import { callPeopleOf } from './callPeople';
import { closeRemovedGuardians } from './removedFromCall';

/**
 * Undefined when a child or a guardian is missing — or is not of the lead child's family (a sibling
 * with the same family id at the same school; a guardian of one of those children): that gets the
 * same answer as an id that does not exist, so ids from another family or school cannot be told
 * apart from random ones.
 */
function ruleContext(
  snap: BookingSnapshot,
  startAt: number,
  people: { childIds: readonly string[]; guardianIds: readonly string[] },
): BookingContext | undefined {
  const { child, guardian } = snap;
  if (!child || !guardian) return undefined;
  const familyChildIds = snap.family.map((c) => c.id);
  const siblings = people.childIds.slice(1).map((id) => snap.family.find((c) => c.id === id));
  const guardiansKnown = people.guardianIds.every((id) =>
    snap.guardians.some((g) => g.id === id && familyChildIds.includes(g.childId)),
  );
  if (!guardiansKnown || !familyChildIds.includes(guardian.childId)) return undefined;
  if (siblings.some((s) => s === undefined || s.id === child.id)) return undefined;
  const canCall = (c: ChildRecord) => ({
    id: c.id,
    archived: c.archived,
    consentRecorded: c.consent !== null,
  });
  return {
    school: snap.school,
    child: canCall(child),
    guardian: { id: guardian.id, childId: guardian.childId },
    siblings: siblings.map((s) => canCall(s!)),
    familyChildIds,
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

const notFound = { ok: false, reason: 'NOT_FOUND', message: 'Child or guardian not found.' } as const;

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
  } & FamilyPeople,
): Promise<Booking> {
  const now = context.now();
  const people = {
    childIds: everyone(input.childId, input.siblingIds),
    guardianIds: everyone(input.guardianId, input.alsoGuardianIds),
  };
  const result = await context.store.bookings.createChecked(
    input satisfies NewBooking,
    (snap) => {
      const rules = ruleContext(snap, input.startAt, people);
      if (!rules) return notFound;
      const { kioskId, startAt, childId, guardianId } = input;
      const request = { kioskId, startAt, childId, guardianId, ...people };
      return checkNewBooking({ ...request, createdBy: input.createdBy.kind, now }, rules);
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
      const rules = ruleContext(snap, startAt, booking);
      if (!rules) return notFound;
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

/**
 * Replaces who besides the lead is in a booking. A guardian taken out loses the
 * call: their link no longer joins it (admission reads the booking each time),
 * and if the call is running they are sent out of it.
 */
export async function setBookingPeople(
  context: AppContext,
  bookingId: string,
  people: FamilyPeople,
): Promise<Booking> {
  const now = context.now();
  const result = await context.store.bookings.setPeopleChecked(
    bookingId,
    people,
    (snap, booking) => {
      const rules = ruleContext(snap, booking.startAt, booking);
      if (!rules) return notFound;
      return checkPeopleChange(booking, rules, now);
    },
    now,
  );
  if (!result) throw new AppError(ErrorCode.NotFound, 'Booking not found.');
  if (!('id' in result)) throw refused(result);
  closeRemovedGuardians(context.rooms, result);
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
  const peopleOf = await callPeopleOf(context, schoolId);
  return bookings.map((booking) => {
    const people = peopleOf(booking);
    const guardian = people.guardians.find((g) => g.id === booking.guardianId);
    return {
      id: booking.id,
      childId: booking.childId,
      guardianId: booking.guardianId,
      guardianRelation: guardian?.relation ?? 'other',
      guardianName: guardian?.displayName ?? '',
      startAt: booking.startAt,
      endAt: booking.endAt,
      status: booking.status,
      ...people,
    };
  });
}
