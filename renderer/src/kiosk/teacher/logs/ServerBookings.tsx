// The server's bookings for the same days: planned, done, missed and
// cancelled calls of every kiosk in the school.
import { useCallback } from 'react';
import { formatDateTime } from '@hhc/common/format';
import { useTeacher } from '../TeacherContext';
import { Card, Loading } from '../ui';
import { useLoad } from '../useRequest';

export function ServerBookings(props: {
  from: number;
  to: number;
  childId: string | undefined;
  names: Map<string, string>;
}) {
  const { kiosk, schoolId, timeZone } = useTeacher();
  const { client, t, locale } = kiosk;
  const { from, to } = props;
  const bookings = useLoad(
    useCallback(() => client.request('booking:list', { schoolId, from, to }), [client, schoolId, from, to]),
  );
  const shown = (bookings.value ?? [])
    .filter((b) => !props.childId || b.childId === props.childId)
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
              <th>{t('teacher.logs.status')}</th>
              <th>{t('teacher.logs.note')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((b) => (
              <tr key={b.id} data-testid="server-booking-row">
                <td>{formatDateTime(b.startAt, timeZone, locale)}</td>
                <td>{props.names.get(b.childId) ?? t('teacher.logs.unknownChild')}</td>
                <td>
                  <span className={`t-badge t-badge--status-${b.status}`}>
                    {t(`teacher.status.${b.status}`)}
                  </span>
                </td>
                <td>{b.cancelReason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
