// The week's free slots (from the server's rules: windows, closed dates,
// capacity), by day, as big buttons. Past slots are left out.
import { useCallback } from 'react';
import { formatDay } from '../dayLabel';
import { minutesToHhmm } from '../clock';
import { useTeacher } from '../TeacherContext';
import { Chips, Loading } from '../ui';
import { useLoad } from '../useRequest';
import { groupByDay, instantToZoned, type WeekRange } from '../zonedTime';

export function SlotPicker(props: {
  week: WeekRange;
  value: number | undefined;
  onPick: (startAt: number) => void;
}) {
  const { kiosk, schoolId, timeZone } = useTeacher();
  const { client, t, locale } = kiosk;
  const { week } = props;
  const slots = useLoad(
    useCallback(
      () => client.request('booking:slots', { schoolId, from: week.from, to: week.to }),
      [client, schoolId, week],
    ),
  );
  const now = Date.now();
  const free = (slots.value ?? []).filter((slot) => slot.booked < slot.capacity && slot.startAt > now);
  const days = groupByDay(free, week.days, timeZone).filter((day) => day.items.length > 0);

  return (
    <div className="t-slots" data-testid="slot-picker">
      <Loading loading={slots.loading && !slots.value} error={slots.error} />
      {slots.value && days.length === 0 && <p className="t-muted">{t('teacher.bookings.noFreeSlots')}</p>}
      {days.map((day) => (
        <div key={day.date} className="t-slots__day">
          <span className="t-slots__label">{formatDay(day.date, locale)}</span>
          <Chips
            options={day.items.map((slot) => slot.startAt)}
            value={props.value}
            onPick={props.onPick}
            label={(startAt) => minutesToHhmm(instantToZoned(startAt, timeZone).minuteOfDay)}
            testId={() => 'slot'}
          />
        </div>
      ))}
    </div>
  );
}
