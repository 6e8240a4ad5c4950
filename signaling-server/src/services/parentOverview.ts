// What a guardian's link shows: their child, their upcoming calls, whether
// they may ask for a time. Used by the socket request and, so that the phone
// can show it without waiting for a connection, inlined into the link's page.
import type { Booking } from '@hhc/common/domain';
import type { ParentCall, ParentOverview } from '@hhc/common/protocol';
import { AppError, ErrorCode } from '@hhc/common/result';
import type { AppContext } from '../api/context';
import { callPeopleOf, type CallPeople } from './callPeople';

const SHOWN_STATUSES = ['requested', 'confirmed', 'in_progress'] as const;

export const INVALID_LINK_MESSAGE =
  'This link does not work any more. Please ask the teacher for a new link.';

export type GuardianScope = Awaited<ReturnType<typeof guardianScope>>;

/** The guardian with their child and school; the same refusal for every way a link can be dead. */
export async function guardianScope(context: Pick<AppContext, 'store'>, guardianId: string) {
  const guardian = await context.store.guardians.get(guardianId);
  const child = guardian ? await context.store.children.get(guardian.childId) : undefined;
  const school = child ? await context.store.schools.get(child.schoolId) : undefined;
  if (!guardian || !child || !school || child.archived)
    throw new AppError(ErrorCode.InvalidLink, INVALID_LINK_MESSAGE);
  return { guardian, child, school };
}

/** A call as the parent page shows it: who is in it by name and picture, never by id. */
export function toParentCall(booking: Booking, joinEarlyMinutes: number, people: CallPeople): ParentCall {
  return {
    id: booking.id,
    startAt: booking.startAt,
    endAt: booking.endAt,
    status: booking.status,
    joinableFrom: booking.startAt - joinEarlyMinutes * 60_000,
    children: people.children.map(({ displayName, avatar }) => ({ displayName, avatar })),
    guardians: people.guardians.map(({ relation, displayName }) => ({ relation, displayName })),
  };
}

export async function parentOverview(
  context: Pick<AppContext, 'store' | 'now' | 'kioskOnline'>,
  { guardian, child, school }: GuardianScope,
): Promise<ParentOverview> {
  const bookings = await context.store.bookings.list({
    guardianId: guardian.id,
    from: context.now(),
    statuses: SHOWN_STATUSES,
  });
  const peopleOf = await callPeopleOf(context, school.id);
  return {
    child: { displayName: child.displayName, avatar: child.avatar },
    guardian: { relation: guardian.relation, displayName: guardian.displayName },
    school: { name: school.name, timeZone: school.timeZone },
    calls: bookings.map((booking) =>
      toParentCall(booking, school.policy.joinEarlyMinutes, peopleOf(booking)),
    ),
    canRequest: school.policy.parentsMayRequest,
    kioskOnline: await context.kioskOnline(school.id),
  };
}
