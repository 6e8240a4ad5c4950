// The parent page: this guardian's child and calls, and (where the school
// allows it) asking for a slot that a teacher then confirms. Nothing else.
import type { Booking } from '@hhc/common/domain';
import type { ParentCall } from '@hhc/common/protocol';
import { AppError, ErrorCode } from '@hhc/common/result';
import { DAY_MS } from '../domain/time';
import { isFree } from '../domain/slots';
import { createBooking, schoolSlots } from '../services/bookings';
import type { HandlerContext, HandlerTable } from './context';

type ParentRequest = 'parent:overview' | 'parent:slots' | 'parent:request';

const SHOWN_STATUSES = ['requested', 'confirmed', 'in_progress'] as const;

async function guardianScope(context: HandlerContext) {
  const { guardianId } = context.socket.data.principal.guardian!;
  const guardian = await context.store.guardians.get(guardianId);
  const child = guardian ? await context.store.children.get(guardian.childId) : undefined;
  const school = child ? await context.store.schools.get(child.schoolId) : undefined;
  // The link was valid at connection time; if the family was deleted since, say the same as for a bad link.
  if (!guardian || !child || !school || child.archived)
    throw new AppError(ErrorCode.InvalidLink, INVALID_LINK_MESSAGE);
  return { guardian, child, school };
}

export const INVALID_LINK_MESSAGE =
  'This link does not work any more. Please ask the teacher for a new link.';

function toParentCall(booking: Booking, joinEarlyMinutes: number): ParentCall {
  return {
    id: booking.id,
    startAt: booking.startAt,
    endAt: booking.endAt,
    status: booking.status,
    joinableFrom: booking.startAt - joinEarlyMinutes * 60_000,
  };
}

/** Whether any kiosk of the school is connected (kiosks join their school's room at sign-in). */
function kioskOnline(context: HandlerContext, schoolId: string): boolean {
  const members = context.socket.nsp.adapter.rooms.get(`school:${schoolId}`);
  for (const socketId of members ?? []) {
    if (context.socket.nsp.sockets.get(socketId)?.data.principal?.kiosk) return true;
  }
  return false;
}

export const parentHandlers: HandlerTable<ParentRequest> = {
  'parent:overview': {
    access: 'guardian',
    run: async (context) => {
      const { guardian, child, school } = await guardianScope(context);
      const bookings = await context.store.bookings.list({
        guardianId: guardian.id,
        from: context.now(),
        statuses: SHOWN_STATUSES,
      });
      return {
        child: { displayName: child.displayName, avatar: child.avatar },
        guardian: { relation: guardian.relation, displayName: guardian.displayName },
        school: { name: school.name, timeZone: school.timeZone },
        calls: bookings.map((booking) => toParentCall(booking, school.policy.joinEarlyMinutes)),
        canRequest: school.policy.parentsMayRequest,
        kioskOnline: kioskOnline(context, school.id),
      };
    },
  },

  'parent:slots': {
    access: 'guardian',
    run: async (context) => {
      const { school } = await guardianScope(context);
      if (!school.policy.parentsMayRequest) return { slots: [], timeZone: school.timeZone };
      const now = context.now();
      const slots = await schoolSlots(
        context,
        school,
        now + school.policy.minNoticeMinutes * 60_000,
        now + 14 * DAY_MS,
      );
      // Parents see only free slots, not how busy the room is.
      return {
        slots: slots.filter(isFree).map((slot) => ({ ...slot, booked: 0, capacity: 1 })),
        timeZone: school.timeZone,
      };
    },
  },

  'parent:request': {
    access: 'guardian',
    run: async (context, { startAt }) => {
      const { guardian, child, school } = await guardianScope(context);
      const booking = await createBooking(context, {
        schoolId: school.id,
        childId: child.id,
        guardianId: guardian.id,
        kioskId: null,
        startAt,
        createdBy: { kind: 'guardian', id: guardian.id },
      });
      return { call: toParentCall(booking, school.policy.joinEarlyMinutes) };
    },
  },
};
