// A family call on the home card: who else is in it, in words and faces
// ("和妈妈、爸爸一起 · 和小红一起"). A call with one guardian and no sibling
// says nothing more than the card's title already does.
import { othersInCall, withLine } from '@hhc/common/callPeople';
import { useKiosk } from '../KioskContext';
import { CallPeople } from './CallPeople';
import { isFamilyCall, type People } from './familyCall';

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
