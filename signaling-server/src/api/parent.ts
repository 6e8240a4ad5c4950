// The parent page: this guardian's child and calls, and (where the school
// allows it) asking for a slot that a teacher then confirms. Nothing else.
import { DAY_MS } from '../domain/time';
import { isFree } from '../domain/slots';
import { createBooking, schoolSlots } from '../services/bookings';
import { guardianScope, parentOverview, toParentCall } from '../services/parentOverview';
import { callPeopleOf } from '../services/callPeople';
import type { HandlerContext, HandlerTable } from './context';

type ParentRequest = 'parent:overview' | 'parent:slots' | 'parent:request';

const scopeOf = (context: HandlerContext) =>
  guardianScope(context, context.socket.data.principal.guardian!.guardianId);

export const parentHandlers: HandlerTable<ParentRequest> = {
  'parent:overview': {
    access: 'guardian',
    run: async (context) => parentOverview(context, await scopeOf(context)),
  },

  'parent:slots': {
    access: 'guardian',
    run: async (context) => {
      const { school } = await scopeOf(context);
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
      const { guardian, child, school } = await scopeOf(context);
      const booking = await createBooking(context, {
        schoolId: school.id,
        childId: child.id,
        guardianId: guardian.id,
        kioskId: null,
        startAt,
        createdBy: { kind: 'guardian', id: guardian.id },
      });
      const peopleOf = await callPeopleOf(context, school.id);
      return { call: toParentCall(booking, school.policy.joinEarlyMinutes, peopleOf(booking)) };
    },
  },
};
