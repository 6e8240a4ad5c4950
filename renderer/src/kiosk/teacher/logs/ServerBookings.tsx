// The server's bookings for the same days: planned, done, missed and
// cancelled calls of every kiosk in the school, each with everyone in it
// (a family call's children and guardians).
import type { Booking } from '@hhc/common/domain';
import type { GuardianRecord } from '@hhc/common/records';
import { formatDateTime } from '@hhc/common/format';
import { bookingOfChild, bookingPeopleWords } from '../family';
import { useTeacher } from '../TeacherContext';
import { Card, Loading } from '../ui';
import type { Loaded } from '../useRequest';

export function ServerBookings(props: {
  childId: string | undefined;
  bookings: Loaded<Booking[] | undefined>;
  guardians: ReadonlyMap<string, GuardianRecord>;
}) {
  const { kiosk, timeZone, children } = useTeacher();
  const { t, locale } = kiosk;
  const { bookings } = props;
  const shown = (bookings.value ?? [])
    .filter((b) => bookingOfChild(b, props.childId))
    .sort((a, b) => b.startAt - a.startAt);

  return (
    <Card title={t('teacher.logs.server')} testId="server-bookings">
      <Loading loading={bookings.loading && !bookings.value} error={bookings.error} />
      {bookings.value && shown.length === 0 && <p className="t-muted">{t('teacher.logs.none')}</p>}
      {shown.length > 0 && (
        <table className="t-table">
          <thead>
            <tr>
              <th>{t('teacher.logs.when')}</th>
              <th>{t('teacher.logs.child')}</th>
              <th>{t('teacher.logs.withWhom')}</th>
              <th>{t('teacher.logs.status')}</th>
              <th>{t('teacher.logs.note')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((b) => {
              const people = bookingPeopleWords(b, children, props.guardians, t, locale);
              return (
                <tr key={b.id} data-testid="server-booking-row">
                  <td>{formatDateTime(b.startAt, timeZone, locale)}</td>
                  <td data-testid="server-booking-children">{people.children}</td>
                  <td data-testid="server-booking-guardians">{people.guardians}</td>
                  <td>
                    <span className={`t-badge t-badge--status-${b.status}`}>
                      {t(`teacher.status.${b.status}`)}
                    </span>
                  </td>
                  <td>{b.cancelReason ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Card>
  );
}
