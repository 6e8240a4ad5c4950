// Who is in a booking, as screens show them: each child's name and picture,
// each guardian's relation and name — never a phone number or a link. One read
// of the school's roster serves any number of bookings.
import type { CallChild, CallGuardian } from '@hhc/common/api/family';
import type { Booking } from '@hhc/common/domain';
import type { AppContext } from '../api/context';

export interface CallPeople {
  children: CallChild[];
  guardians: CallGuardian[];
}

/** A function from a booking of the school to its people, lead first; unknown ids are left out. */
export async function callPeopleOf(
  context: Pick<AppContext, 'store'>,
  schoolId: string,
): Promise<(booking: Booking) => CallPeople> {
  const [children, guardians] = await Promise.all([
    context.store.children.list(schoolId, { includeArchived: true }),
    context.store.guardians.listBySchool(schoolId),
  ]);
  const childById = new Map(children.map((c) => [c.id, c]));
  const guardianById = new Map(guardians.map((g) => [g.id, g]));
  return (booking) => ({
    children: booking.childIds.flatMap((id) => {
      const child = childById.get(id);
      return child ? [{ id, displayName: child.displayName, avatar: child.avatar }] : [];
    }),
    guardians: booking.guardianIds.flatMap((id) => {
      const guardian = guardianById.get(id);
      return guardian ? [{ id, relation: guardian.relation, displayName: guardian.displayName }] : [];
    }),
  });
}
