// What a call screen calls each person, and who of the booking is not in yet.
// A parent is named by who they are to the children (妈妈, 爸爸: a child who
// cannot read their name knows the word), a kiosk by the children in front
// of it. Pure, so the kiosk and the phone agree and a unit test can say so.
import type { GuardianRelation } from '@hhc/common/domain';
import type { Translate } from '@hhc/common/i18n';
import type { PeerInfo, PeerRole } from '@hhc/common/protocol';

/** Someone the booking includes, as the screens know them before they join. */
export interface ExpectedPerson {
  role: PeerRole;
  displayName: string;
  relation?: GuardianRelation;
}

export function personLabel(
  person: Pick<PeerInfo, 'role' | 'displayName' | 'relation'>,
  t: Translate,
): string {
  return person.role === 'parent' && person.relation ? t(`relation.${person.relation}`) : person.displayName;
}

/**
 * The expected people nobody in the call stands for yet, by label, in the
 * booking's order. A kiosk stands for the children at it; a parent for the
 * guardian of the same name and relation. Each present peer stands for one.
 */
export function stillComing(
  expected: readonly ExpectedPerson[],
  present: ReadonlyArray<Pick<PeerInfo, 'role' | 'displayName' | 'relation'>>,
  t: Translate,
): string[] {
  const unmatched = [...present];
  const missing: string[] = [];
  for (const person of expected) {
    const index = unmatched.findIndex(
      (peer) =>
        peer.role === person.role &&
        (person.role === 'kiosk' ||
          (peer.displayName === person.displayName &&
            (peer.relation ?? person.relation) === person.relation)),
    );
    if (index >= 0) unmatched.splice(index, 1);
    else missing.push(personLabel(person, t));
  }
  return missing;
}
