// Which voice messages nobody has listened to yet, per child and direction:
// a child's message the family has not heard, and a family's the child has not.
import type { SchoolMessage } from '@hhc/common/api/staffMessages';

export interface Unheard {
  /** The child's messages the family has not heard. */
  fromChild: number;
  /** The family's messages the child has not heard. */
  fromFamily: number;
}

export function unheardByChild(messages: readonly SchoolMessage[]): Map<string, Unheard> {
  const byChild = new Map<string, Unheard>();
  for (const message of messages) {
    if (message.heardAt !== null) continue;
    const counts = byChild.get(message.childId) ?? { fromChild: 0, fromFamily: 0 };
    if (message.sender === 'child') counts.fromChild++;
    else counts.fromFamily++;
    byChild.set(message.childId, counts);
  }
  return byChild;
}

export function totalUnheard(byChild: ReadonlyMap<string, Unheard>): number {
  let total = 0;
  for (const counts of byChild.values()) total += counts.fromChild + counts.fromFamily;
  return total;
}
