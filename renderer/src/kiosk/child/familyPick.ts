// Who the child picked for a call: guardians and siblings as toggles. At least
// one guardian always stays picked (a call with nobody to call makes no sense,
// and a child should never reach a state where the big button does nothing),
// and no more than a booking may hold.
import { MAX_CHILDREN_PER_BOOKING, MAX_GUARDIANS_PER_BOOKING } from '@hhc/common/domain';

export interface FamilyPick {
  /** In the order of the family's list: the first becomes the lead guardian. */
  guardianIds: string[];
  siblingIds: string[];
}

/** The lead guardian (the family's first) picked, no sibling. */
export function initialPick(guardianIds: readonly string[]): FamilyPick {
  return { guardianIds: guardianIds.slice(0, 1), siblingIds: [] };
}

function toggle(picked: readonly string[], id: string, order: readonly string[], max: number, min: number) {
  if (picked.includes(id)) return picked.length <= min ? [...picked] : picked.filter((p) => p !== id);
  if (picked.length >= max) return [...picked];
  return order.filter((o) => o === id || picked.includes(o));
}

export function toggleGuardian(pick: FamilyPick, id: string, order: readonly string[]): FamilyPick {
  return { ...pick, guardianIds: toggle(pick.guardianIds, id, order, MAX_GUARDIANS_PER_BOOKING, 1) };
}

export function toggleSibling(pick: FamilyPick, id: string, order: readonly string[]): FamilyPick {
  return { ...pick, siblingIds: toggle(pick.siblingIds, id, order, MAX_CHILDREN_PER_BOOKING - 1, 0) };
}

/** What a tile may do now: a full list greys out the ones not picked. */
export function canAdd(picked: readonly string[], max: number): boolean {
  return picked.length < max;
}

/** The 'child:book' fields: the lead guardian and the others (left out when empty, as older servers expect). */
export function bookingFields(pick: FamilyPick): {
  guardianId: string;
  alsoGuardianIds?: string[];
  siblingIds?: string[];
} {
  const [guardianId, ...also] = pick.guardianIds;
  return {
    guardianId: guardianId!,
    ...(also.length > 0 ? { alsoGuardianIds: also } : {}),
    ...(pick.siblingIds.length > 0 ? { siblingIds: pick.siblingIds } : {}),
  };
}
