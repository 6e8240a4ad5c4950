// Who else a parent's call includes, as the call screen expects them: the
// kiosk (the children at it) and the booking's other guardians, so that it can
// say "爸爸马上就来" while the child and mum already talk.
import type { ParentOverview } from '@hhc/common/protocol';
import type { ExpectedPerson } from '../ui/peopleNames';

export function expectedPeople(overview: ParentOverview, bookingId: string): ExpectedPerson[] {
  const call = overview.calls.find((c) => c.id === bookingId);
  if (!call) return [];
  const me = overview.guardian;
  const guardians = [...call.guardians];
  // This parent is in the list too; only their own entry goes (two aunts are two people).
  const mine = guardians.findIndex((g) => g.relation === me.relation && g.displayName === me.displayName);
  if (mine >= 0) guardians.splice(mine, 1);
  return [
    // The kiosk stands for the children at it; the screen calls it by the children's names.
    { role: 'kiosk', displayName: call.children.map((c) => c.displayName).join('、') },
    ...guardians.map((g) => ({ role: 'parent' as const, displayName: g.displayName, relation: g.relation })),
  ];
}
