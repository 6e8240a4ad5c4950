// Child mode on a kiosk: the picture grid, the schedule for the offline
// cache, the logged-in child's home (next calls), free slots and booking.
import { activeBookingStatuses } from '@hhc/common/domain';
import { AppError, ErrorCode } from '@hhc/common/result';
import { DAY_MS } from '../domain/time';
import { createBooking, schoolSlots, toKioskBookings } from '../services/bookings';
import { familyOf } from '../services/family';
import type { HandlerContext, HandlerTable } from './context';

type ChildModeRequest =
  'kiosk:roster' | 'kiosk:schedule' | 'child:home' | 'child:slots' | 'child:book' | 'kiosk:sync-call-log';

/** Bookings stay listed a little after they end, so "your call" does not vanish at the last second. */
const RECENT_MS = 60 * 60 * 1000;
const AHEAD_MS = 14 * DAY_MS;

async function kioskSchool(context: HandlerContext) {
  const school = await context.store.schools.get(context.socket.data.principal.kiosk!.schoolId);
  if (!school) throw new AppError(ErrorCode.NotFound, 'School not found.');
  return school;
}

export const childModeHandlers: HandlerTable<ChildModeRequest> = {
  'kiosk:roster': {
    access: 'kiosk',
    run: async (context) => {
      const school = await kioskSchool(context);
      const children = await context.store.children.list(school.id);
      return {
        school: { id: school.id, name: school.name, timeZone: school.timeZone },
        children: children.map(({ id, displayName, className, avatar }) => ({
          id,
          displayName,
          className,
          avatar,
        })),
      };
    },
  },

  'kiosk:schedule': {
    access: 'kiosk',
    run: async (context) => {
      const school = await kioskSchool(context);
      const now = context.now();
      const bookings = await context.store.bookings.list({
        schoolId: school.id,
        from: now - RECENT_MS,
        to: now + AHEAD_MS,
        statuses: activeBookingStatuses,
      });
      return {
        windows: await context.store.windows.list(school.id),
        closedDates: await context.store.closedDates.list(school.id),
        bookings: await toKioskBookings(context, school.id, bookings),
        generatedAt: now,
      };
    },
  },

  'child:home': {
    access: 'child',
    run: async (context) => {
      const { childId } = context.socket.data.principal.child!;
      const child = (await context.store.children.get(childId))!;
      const { siblings, guardians } = await familyOf(context, child);
      const now = context.now();
      const bookings = await context.store.bookings.list({
        childId,
        from: now - RECENT_MS,
        to: now + AHEAD_MS,
        statuses: activeBookingStatuses,
      });
      return {
        child: {
          id: child.id,
          displayName: child.displayName,
          className: child.className,
          avatar: child.avatar,
        },
        guardians: guardians.map(({ id, relation, displayName }) => ({ id, relation, displayName })),
        siblings: siblings.map(({ id, displayName, className, avatar }) => ({
          id,
          displayName,
          className,
          avatar,
        })),
        bookings: await toKioskBookings(context, child.schoolId, bookings),
      };
    },
  },

  'child:slots': {
    access: 'child',
    run: async (context) => {
      const school = await kioskSchool(context);
      const now = context.now();
      const slots = await schoolSlots(context, school, now, now + 7 * DAY_MS);
      return { slots, timeZone: school.timeZone };
    },
  },

  'child:book': {
    access: 'child',
    run: async (context, { guardianId, startAt, siblingIds, alsoGuardianIds }) => {
      const { kiosk, child } = context.socket.data.principal;
      const booking = await createBooking(context, {
        schoolId: kiosk!.schoolId,
        childId: child!.childId,
        guardianId,
        siblingIds,
        alsoGuardianIds,
        kioskId: null,
        startAt,
        createdBy: { kind: 'child', id: child!.childId },
      });
      const [shown] = await toKioskBookings(context, booking.schoolId, [booking]);
      return { booking: shown! };
    },
  },

  'kiosk:sync-call-log': {
    access: 'kiosk',
    run: async (context, { rows }) => {
      const kiosk = context.socket.data.principal.kiosk!;
      return { accepted: await context.store.kioskCallLogs.upsert(kiosk, rows, context.now()) };
    },
  },
};
