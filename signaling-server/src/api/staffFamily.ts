// Teacher mode, families: which children are siblings (one family id, opaque
// to screens) and who besides the lead is in a booking.
import { randomUUID } from 'node:crypto';
import { AppError, ErrorCode } from '@hhc/common/result';
import { setBookingPeople } from '../services/bookings';
import type { HandlerTable } from './context';
import { bookingInScope, childInScope } from './guards';

type FamilyRequest = 'child:set-family' | 'booking:set-people';

export const staffFamilyHandlers: HandlerTable<FamilyRequest> = {
  'child:set-family': {
    access: 'staff',
    run: async (context, { childId, siblingOf }) => {
      const child = await childInScope(context, childId);
      let familyId: string | null = null;
      if (siblingOf !== null) {
        if (siblingOf === childId)
          throw new AppError(ErrorCode.BadRequest, 'A child is not their own sibling.');
        // A child of another school answers like one that does not exist, even to an admin of both.
        const sibling = await childInScope(context, siblingOf);
        if (sibling.schoolId !== child.schoolId) throw new AppError(ErrorCode.NotFound, 'Child not found.');
        // Joining a sibling joins their family; two children without one start a new family.
        familyId = sibling.familyId ?? child.familyId ?? randomUUID();
        if (sibling.familyId === null) await context.store.children.setFamily(sibling.id, familyId);
      }
      await context.store.children.setFamily(child.id, familyId);
      return (await context.store.children.get(child.id))!;
    },
  },

  'booking:set-people': {
    access: 'staff',
    run: async (context, { bookingId, siblingIds, alsoGuardianIds }) => {
      await bookingInScope(context, bookingId);
      return setBookingPeople(context, bookingId, { siblingIds, alsoGuardianIds });
    },
  },
};
