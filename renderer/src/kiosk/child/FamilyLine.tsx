// A family call on the home card: who else is in it, in words and faces
// ("和妈妈、爸爸一起 · 和小红一起"). A call with one guardian and no sibling
// says nothing more than the card's title already does.
import { guardianWords, othersInCall, withLine } from '@hhc/common/callPeople';
import type { Locale, Translate } from '@hhc/common/i18n';
import type { KioskBooking } from '@hhc/common/protocol';
import { useKiosk } from '../KioskContext';
import { CallPeople } from './CallPeople';

type People = Pick<KioskBooking, 'children' | 'guardians' | 'guardianRelation'>;

/** "妈妈、爸爸" for the card's title; a booking cached before family calls names its one guardian. */
export function callWords(booking: People, t: Translate, locale: Locale): string {
  return booking.guardians.length > 0
    ? guardianWords(booking.guardians, t, locale)
    : t(`relation.${booking.guardianRelation}`);
}

export function isFamilyCall(booking: Pick<KioskBooking, 'children' | 'guardians'>): boolean {
  return booking.guardians.length > 1 || booking.children.length > 1;
}

export function FamilyLine(props: { booking: People; viewerId?: string }) {
  const { t, locale } = useKiosk();
  if (!isFamilyCall(props.booking)) return null;
  const others = othersInCall(props.booking, {
    ...(props.viewerId ? { child: { id: props.viewerId, displayName: '' } } : {}),
  });
  return (
    <div className="kid__family">
      <CallPeople booking={props.booking} viewerId={props.viewerId} small />
      <p className="kid__people-line" data-testid="call-people-line">
        {withLine(others, t, locale)}
      </p>
    </div>
  );
}
