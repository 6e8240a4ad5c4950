// "Same time next week": a new booking for the same child and guardian seven
// days on at the same wall-clock time in the school's zone, made by the child
// (kiosk) or the guardian (link) through createBooking, so every rule — notice,
// windows, closed dates, weekly limits, parents may request, approval — applies.
import { AppError, ErrorCode } from '@hhc/common/result';
import { addDays, instantToZoned, zonedToInstant } from '../domain/time';
import { createBooking } from '../services/bookings';
import type { HandlerTable } from './context';

const notFound = () => new AppError(ErrorCode.NotFound, 'Booking not found.');

export const rebookHandlers: HandlerTable<'booking:rebook'> = {
  'booking:rebook': {
    access: 'call',
    run: async (context, { bookingId }) => {
      const { principal } = context.socket.data;
      const booking = await context.store.bookings.get(bookingId);
      if (!booking) throw notFound();
      const child =
        principal.kiosk && principal.child && principal.child.expiresAt > context.now()
          ? principal.child
          : undefined;
      // Anyone in a family call may book it again, with the same people.
      const guardianId = principal.guardian?.guardianId;
      const byGuardian = guardianId !== undefined && booking.guardianIds.includes(guardianId);
      const byChild =
        child !== undefined &&
        booking.childIds.includes(child.childId) &&
        principal.kiosk?.schoolId === booking.schoolId;
      if (!byGuardian && !byChild) throw notFound();
      const school = await context.store.schools.get(booking.schoolId);
      if (!school) throw notFound();
      const { date, minuteOfDay } = instantToZoned(booking.startAt, school.timeZone);
      const next = await createBooking(context, {
        schoolId: booking.schoolId,
        childId: booking.childId,
        guardianId: booking.guardianId,
        siblingIds: booking.childIds.slice(1),
        alsoGuardianIds: booking.guardianIds.slice(1),
        kioskId: null,
        startAt: zonedToInstant(addDays(date, 7), minuteOfDay, school.timeZone),
        createdBy: byGuardian ? { kind: 'guardian', id: guardianId! } : { kind: 'child', id: child!.childId },
      });
      return { booking: { id: next.id, startAt: next.startAt, endAt: next.endAt, status: next.status } };
    },
  },
};
