// What needs a teacher's eye on a booking row: the child's voice messages
// nobody has heard yet, each direction on its own (a missed call already
// shows in the status badge, in red).
import type { Unheard } from '../messages/unheard';
import { useTeacher } from '../TeacherContext';

export function BookingMarkers(props: { unheard: Unheard | undefined }) {
  const { t } = useTeacher().kiosk;
  const { unheard } = props;
  if (!unheard || unheard.fromChild + unheard.fromFamily === 0) return null;
  return (
    <span className="t-markers" data-testid="booking-unheard">
      {unheard.fromChild > 0 && (
        <span className="t-badge t-badge--warn" data-testid="unheard-from-child">
          {t('teacher.booking.unheardFromChild', { count: String(unheard.fromChild) })}
        </span>
      )}
      {unheard.fromFamily > 0 && (
        <span className="t-badge t-badge--warn" data-testid="unheard-from-family">
          {t('teacher.booking.unheardFromFamily', { count: String(unheard.fromFamily) })}
        </span>
      )}
    </span>
  );
}
