// What the child's screens say about a booking's people: the guardians' words
// for a title, and whether it is a family call (more than one guardian or child).
import { guardianWords } from '@hhc/common/callPeople';
import type { Locale, Translate } from '@hhc/common/i18n';
import type { KioskBooking } from '@hhc/common/protocol';

export type People = Pick<KioskBooking, 'children' | 'guardians' | 'guardianRelation'>;

/** "妈妈、爸爸" for the card's title; a booking cached before family calls names its one guardian. */
export function callWords(booking: People, t: Translate, locale: Locale): string {
  return booking.guardians.length > 0
    ? guardianWords(booking.guardians, t, locale)
    : t(`relation.${booking.guardianRelation}`);
}

export function isFamilyCall(booking: Pick<KioskBooking, 'children' | 'guardians'>): boolean {
  return booking.guardians.length > 1 || booking.children.length > 1;
}
