// A child's family as teacher mode sees it: brothers and sisters are the
// children with the same family id, and the family's guardians are every
// guardian of any of them (each child's guardians are kept with that child).
import type { ChildRecord, GuardianRecord } from '@hhc/common/records';

/** The child's brothers and sisters, by name; archived ones only when asked for (a booking never takes them). */
export function siblingsOf(
  children: readonly ChildRecord[],
  childId: string,
  options: { archived?: boolean } = {},
): ChildRecord[] {
  const familyId = children.find((c) => c.id === childId)?.familyId;
  if (!familyId) return [];
  return children
    .filter((c) => c.familyId === familyId && c.id !== childId && (options.archived || !c.archived))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'));
}

/** Every guardian of these children, each once, in the children's order. */
export function familyGuardians(
  byChild: ReadonlyMap<string, readonly GuardianRecord[]> | undefined,
  childIds: readonly string[],
): GuardianRecord[] {
  const seen = new Map<string, GuardianRecord>();
  for (const childId of childIds)
    for (const guardian of byChild?.get(childId) ?? [])
      if (!seen.has(guardian.id)) seen.set(guardian.id, guardian);
  return [...seen.values()];
}

/** One id in or out of a list, keeping the list's own order (a toggle chip). */
export function toggleId(ids: readonly string[], id: string, order: readonly string[]): string[] {
  return ids.includes(id) ? ids.filter((i) => i !== id) : order.filter((o) => o === id || ids.includes(o));
}

/** The children whose guardians a booking row may name or offer: those in the call and the lead child's siblings. */
export function familyChildIds(
  children: readonly ChildRecord[],
  booking: { childId: string; childIds: readonly string[] },
): string[] {
  const ids = [
    booking.childId,
    ...booking.childIds,
    ...siblingsOf(children, booking.childId).map((c) => c.id),
  ];
  return [...new Set(ids)];
}
