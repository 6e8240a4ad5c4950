// Everyone a family call brings together, as faces with a word under each:
// the guardians' pictures (妈妈, 爸爸) and the brothers' and sisters' own
// pictures with their names. The child looking at the screen is left out.
import { othersInCall } from '@hhc/common/callPeople';
import type { KioskBooking } from '@hhc/common/protocol';
import { avatarUrl, relationUrl } from '../../ui/pictures';
import { useKiosk } from '../KioskContext';
import { Picture } from './Picture';
import './family.css';

export function CallPeople(props: {
  booking: Pick<KioskBooking, 'children' | 'guardians'>;
  /** The child logged in (left out); none on the login screen's "call now" card. */
  viewerId?: string | undefined;
  small?: boolean;
}) {
  const { t } = useKiosk();
  const others = othersInCall(props.booking, {
    ...(props.viewerId ? { child: { id: props.viewerId, displayName: '' } } : {}),
  });
  return (
    <ul className={`kid__people${props.small ? ' kid__people--small' : ''}`} data-testid="call-people">
      {others.guardians.map((guardian) => (
        <li
          key={guardian.id}
          className="kid__person"
          data-testid="call-person"
          data-relation={guardian.relation}
        >
          <Picture src={relationUrl(guardian.relation)} className="kid__person-picture" />
          <span className="kid__person-name">{t(`relation.${guardian.relation}`)}</span>
        </li>
      ))}
      {others.children.map((child) => (
        <li
          key={child.id}
          className="kid__person kid__person--child"
          data-testid="call-person"
          data-name={child.displayName}
        >
          <Picture src={avatarUrl(child.avatar)} className="kid__person-picture" />
          <span className="kid__person-name">{child.displayName}</span>
        </li>
      ))}
    </ul>
  );
}
