// A child's family as teacher mode sees it: brothers and sisters are the
// children with the same family id, and the family's guardians are every
// guardian of any of them (each child's guardians are kept with that child).
import { joinNames } from '@hhc/common/callPeople';
import type { Locale, Translate } from '@hhc/common/i18n';
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

/** Every loaded guardian by id, whichever child they are recorded with (a family call may name any of them). */
export function guardiansById(
  byChild: ReadonlyMap<string, readonly GuardianRecord[]> | undefined,
): Map<string, GuardianRecord> {
  return new Map([...(byChild?.values() ?? [])].flat().map((g) => [g.id, g]));
}

export interface PeopleWords {
  /** "小明、小红" */
  children: string;
  /** "妈妈 王丽、爸爸 李强" */
  guardians: string;
}

/**
 * Everyone in a booking as teacher mode's tables name them, lead first: the children by name (a
 * deleted one as `unknownChild`), the guardians by relation and name ('…' while still loading).
 */
export function bookingPeopleWords(
  booking: { childIds: readonly string[]; guardianIds: readonly string[] },
  children: readonly ChildRecord[],
  guardians: ReadonlyMap<string, GuardianRecord> | undefined,
  t: Translate,
  locale: Locale,
): PeopleWords {
  const childNames = booking.childIds.map(
    (id) => children.find((c) => c.id === id)?.displayName ?? t('teacher.logs.unknownChild'),
  );
  const guardianNames = booking.guardianIds.map((id) => {
    const guardian = guardians?.get(id);
    return guardian ? `${t(`relation.${guardian.relation}`)} ${guardian.displayName}` : '…';
  });
  return { children: joinNames(childNames, locale), guardians: joinNames(guardianNames, locale) };
}

/** Whether a booking is a call of this child (as any child of a family call), or of anyone when no child is picked. */
export const bookingOfChild = (booking: { childIds: readonly string[] }, childId: string | undefined) =>
  !childId || booking.childIds.includes(childId);
