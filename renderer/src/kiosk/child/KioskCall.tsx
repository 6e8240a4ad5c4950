// A call on the kiosk: one tap on the call starts it, no second button.
import { BookedCall } from '../../ui/BookedCall';
import { useLocalMedia } from '../../ui/useLocalMedia';
import { useKiosk } from '../KioskContext';

export function KioskCall(props: { bookingId: string; onDone: () => void }) {
  const { client, t } = useKiosk();
  const media = useLocalMedia();
  return (
    <BookedCall
      client={client}
      bookingId={props.bookingId}
      media={media}
      title={t('call.kioskTitle')}
      t={t}
      autoJoin
    />
  );
}
