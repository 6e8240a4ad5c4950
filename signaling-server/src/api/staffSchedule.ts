// Teacher mode, time: weekly call windows, closed dates, and the week's
// bookings (book, approve, move, cancel with a reason).
import { AppError, ErrorCode } from '@hhc/common/result';
import { nextStatus } from '../domain/lifecycle';
import { createBooking, moveBooking, schoolSlots } from '../services/bookings';
import type { HandlerContext, HandlerTable } from './context';
import { assertSchool, bookingInScope, childInScope, recordInScope, schoolInScope, staffOf } from './guards';

type ScheduleRequest =
  | 'window:list'
  | 'window:create'
  | 'window:update'
  | 'window:delete'
  | 'closed-date:list'
  | 'closed-date:add'
  | 'closed-date:remove'
  | 'booking:list'
  | 'booking:slots'
  | 'booking:create'
  | 'booking:approve'
  | 'booking:move'
  | 'booking:cancel';

const MAX_RANGE_MS = 62 * 24 * 60 * 60 * 1000;

function checkRange(from: number, to: number): void {
  if (to <= from || to - from > MAX_RANGE_MS)
    throw new AppError(ErrorCode.BadRequest, 'Choose a range of at most two months.');
}

async function windowInScope(context: HandlerContext, windowId: string) {
  return recordInScope(context, await context.store.windows.get(windowId), 'Window');
}

export const staffScheduleHandlers: HandlerTable<ScheduleRequest> = {
  'window:list': {
    access: 'staff',
    run: async (context, { schoolId }) => {
      assertSchool(context, schoolId);
      return context.store.windows.list(schoolId);
    },
  },

  'window:create': {
    access: 'staff',
    run: async (context, input) => {
      await schoolInScope(context, input.schoolId);
      const created = await context.store.windows.create({ ...input, weekday: input.weekday });
      context.scheduleChanged(input.schoolId);
      return created;
    },
  },

  'window:update': {
    access: 'staff',
    run: async (context, { windowId, ...changes }) => {
      const current = await windowInScope(context, windowId);
      const merged = { ...current, ...changes };
      if (merged.endMinute <= merged.startMinute)
        throw new AppError(ErrorCode.BadRequest, 'A window must end after it starts.');
      // Bookings made under the old window keep their times; only new bookings follow the change.
      const updated = await context.store.windows.update(windowId, changes);
      context.scheduleChanged(current.schoolId);
      return updated!;
    },
  },

  'window:delete': {
    access: 'staff',
    run: async (context, { windowId }) => {
      const window = await windowInScope(context, windowId);
      await context.store.windows.delete(windowId);
      context.scheduleChanged(window.schoolId);
      return {};
    },
  },

  'closed-date:list': {
    access: 'staff',
    run: async (context, { schoolId }) => {
      assertSchool(context, schoolId);
      return context.store.closedDates.list(schoolId);
    },
  },

  'closed-date:add': {
    access: 'staff',
    run: async (context, { schoolId, date, reason }) => {
      // An admin passes for any id: an unknown school would otherwise fail the foreign key.
      await schoolInScope(context, schoolId);
      await context.store.closedDates.add({ schoolId, date, reason });
      context.scheduleChanged(schoolId);
      return {};
    },
  },

  'closed-date:remove': {
    access: 'staff',
    run: async (context, { schoolId, date }) => {
      assertSchool(context, schoolId);
      await context.store.closedDates.remove(schoolId, date);
      context.scheduleChanged(schoolId);
      return {};
    },
  },

  'booking:list': {
    access: 'staff',
    run: async (context, { schoolId, from, to }) => {
      assertSchool(context, schoolId);
      checkRange(from, to);
      return context.store.bookings.list({ schoolId, from, to });
    },
  },

  'booking:slots': {
    access: 'staff',
    run: async (context, { schoolId, from, to }) => {
      const school = await schoolInScope(context, schoolId);
      checkRange(from, to);
      return schoolSlots(context, school, from, to);
    },
  },

  'booking:create': {
    access: 'staff',
    run: async (context, { childId, guardianId, startAt, kioskId, siblingIds, alsoGuardianIds }) => {
      const child = await childInScope(context, childId);
      if (kioskId) {
        const kiosk = await context.store.kiosks.get(kioskId);
        if (!kiosk || kiosk.schoolId !== child.schoolId)
          throw new AppError(ErrorCode.NotFound, 'Kiosk not found.');
      }
      return createBooking(context, {
        schoolId: child.schoolId,
        childId,
        guardianId,
        siblingIds,
        alsoGuardianIds,
        kioskId: kioskId ?? null,
        startAt,
        createdBy: { kind: 'staff', id: staffOf(context).staffId },
      });
    },
  },

  'booking:approve': {
    access: 'staff',
    run: async (context, { bookingId }) => {
      const booking = await bookingInScope(context, bookingId);
      const next = nextStatus(booking.status, { type: 'approve' });
      if (!next.ok) throw new AppError(ErrorCode.Conflict, next.message);
      const updated = await context.store.bookings.setStatus(
        bookingId,
        [booking.status],
        next.status,
        context.now(),
      );
      if (!updated)
        throw new AppError(ErrorCode.Conflict, 'This booking changed meanwhile; reload and try again.');
      context.scheduleChanged(booking.schoolId);
      return updated;
    },
  },

  'booking:move': {
    access: 'staff',
    run: async (context, { bookingId, startAt }) => {
      await bookingInScope(context, bookingId);
      return moveBooking(context, bookingId, startAt);
    },
  },

  'booking:cancel': {
    access: 'staff',
    run: async (context, { bookingId, reason }) => {
      const booking = await bookingInScope(context, bookingId);
      const next = nextStatus(booking.status, { type: 'cancel', reason });
      if (!next.ok) throw new AppError(ErrorCode.Conflict, next.message);
      const updated = await context.store.bookings.setStatus(
        bookingId,
        [booking.status],
        next.status,
        context.now(),
        reason,
      );
      if (!updated)
        throw new AppError(ErrorCode.Conflict, 'This booking changed meanwhile; reload and try again.');
      context.calls.endCall(bookingId);
      context.scheduleChanged(booking.schoolId);
      return updated;
    },
  },
};
