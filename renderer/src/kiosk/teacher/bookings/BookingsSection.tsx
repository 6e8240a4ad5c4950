// This week's bookings by day, in the school's time: approve the requested
// ones, move or cancel any active one, and book a call for a child.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatDay } from '../dayLabel';
import { familyChildIds, familyGuardians } from '../family';
import { useTeacher } from '../TeacherContext';
import { Button, Card, Loading } from '../ui';
import { useGuardians } from '../useGuardians';
import { useLoad } from '../useRequest';
import { groupByDay, weekRange } from '../zonedTime';
import { BookingRow } from './BookingRow';
import { NewBooking } from './NewBooking';
import { WeekAttention } from './WeekAttention';
import { unheardByChild } from '../messages/unheard';
import { useSchoolMessages } from '../messages/useSchoolMessages';

export function BookingsSection() {
  const { kiosk, schoolId, timeZone, children } = useTeacher();
  const { client, t, locale } = kiosk;
  const [anchor] = useState(() => Date.now());
  const [offset, setOffset] = useState(0);
  const [booking, setBooking] = useState(false);
  const week = useMemo(() => weekRange(anchor, timeZone, offset), [anchor, timeZone, offset]);
  const bookings = useLoad(
    useCallback(
      () => client.request('booking:list', { schoolId, from: week.from, to: week.to }),
      [client, schoolId, week],
    ),
  );
  const { reload } = bookings;
  useEffect(() => client.on('schedule:changed', reload), [client, reload]);
  const guardians = useGuardians(children);
  // Missed calls and voice messages nobody has heard: marked on the rows and summed up above the week.
  const messages = useSchoolMessages();
  const unheard = useMemo(() => messages.value && unheardByChild(messages.value), [messages.value]);
  const reloadMessages = messages.reload;
  useEffect(() => client.on('schedule:changed', reloadMessages), [client, reloadMessages]);
  const days = groupByDay(bookings.value ?? [], week.days, timeZone);
  const requested = (bookings.value ?? []).filter((b) => b.status === 'requested').length;

  return (
    <div className="t-stack" data-testid="teacher-bookings">
      <div className="t-row t-row--spread">
        <div className="t-row">
          <Button testId="week-previous" onClick={() => setOffset(offset - 1)}>
            {t('teacher.bookings.previousWeek')}
          </Button>
          <strong className="t-week" data-testid="week-label">
            {formatDay(week.days[0]!, locale)} – {formatDay(week.days[6]!, locale)}
          </strong>
          <Button testId="week-next" onClick={() => setOffset(offset + 1)}>
            {t('teacher.bookings.nextWeek')}
          </Button>
          {offset !== 0 && <Button onClick={() => setOffset(0)}>{t('teacher.bookings.thisWeek')}</Button>}
        </div>
        {requested > 0 && (
          <span className="t-badge t-badge--warn">
            {t('teacher.bookings.waiting', { count: String(requested) })}
          </span>
        )}
        <Button tone="primary" testId="booking-new" onClick={() => setBooking(!booking)}>
          {t('teacher.bookings.new')}
        </Button>
      </div>
      {booking && (
        <NewBooking
          week={week}
          onBooked={() => {
            setBooking(false);
            reload();
          }}
        />
      )}
      <Loading loading={bookings.loading && !bookings.value} error={bookings.error} />
      <WeekAttention bookings={bookings.value} unheard={unheard} />
      <div className="t-days">
        {days.map((day) => (
          <Card
            key={day.date}
            title={formatDay(day.date, locale)}
            testId="booking-day"
            compact={day.items.length === 0}
          >
            {day.items.length === 0 && <p className="t-muted">{t('teacher.bookings.noneThatDay')}</p>}
            <ul className="t-rows">
              {day.items.map((item) => (
                <BookingRow
                  key={item.id}
                  booking={item}
                  week={week}
                  guardians={familyGuardians(guardians.value, familyChildIds(children, item))}
                  onChanged={reload}
                  unheard={unheard?.get(item.childId)}
                />
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </div>
  );
}
