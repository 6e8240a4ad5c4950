// What happened to calls: this kiosk's own log (who joined when, how the line
// was, how it ended) and the server's bookings for the same days and child.
// The server's bookings name everyone in a family call; the kiosk's log keeps
// only the lead, so its rows take their people from the booking they belong to.
import { useCallback, useMemo, useState } from 'react';
import { guardiansById } from '../family';
import { byClass } from '../roster/RosterSection';
import { useTeacher } from '../TeacherContext';
import { Card, Field } from '../ui';
import { useGuardians } from '../useGuardians';
import { useLoad } from '../useRequest';
import { addDays, dateRange, instantToZoned } from '../zonedTime';
import { LocalCallLog } from './LocalCallLog';
import { ServerBookings } from './ServerBookings';

/** The server lists at most about two months of bookings at once. */
const MAX_DAYS = 62;

export function CallLogSection() {
  const { kiosk, children, timeZone, schoolId } = useTeacher();
  const { t, client } = kiosk;
  const today = instantToZoned(Date.now(), timeZone).date;
  const [from, setFrom] = useState(addDays(today, -13));
  const [to, setTo] = useState(today);
  const [childId, setChildId] = useState('');
  const valid = Boolean(from && to && from <= to && addDays(from, MAX_DAYS - 1) >= to);
  const range = useMemo(
    () => (valid ? dateRange(from, to, timeZone) : undefined),
    [valid, from, to, timeZone],
  );
  const names = useMemo(() => new Map(children.map((c) => [c.id, c.displayName])), [children]);
  const bookings = useLoad(
    useCallback(
      async () => (range ? client.request('booking:list', { schoolId, ...range }) : undefined),
      [client, schoolId, range],
    ),
  );
  const guardianList = useGuardians(children);
  const guardians = useMemo(() => guardiansById(guardianList.value), [guardianList.value]);

  return (
    <div className="t-stack" data-testid="teacher-logs">
      <Card>
        <div className="t-grid3">
          <Field label={t('teacher.logs.from')}>
            <input className="t-input" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </Field>
          <Field label={t('teacher.logs.to')}>
            <input className="t-input" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </Field>
          <Field label={t('teacher.logs.child')}>
            <select
              className="t-input"
              data-testid="logs-child"
              value={childId}
              onChange={(e) => setChildId(e.target.value)}
            >
              <option value="">{t('teacher.logs.allChildren')}</option>
              {byClass(children).map(([className, members]) => (
                <optgroup key={className} label={className}>
                  {members.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.displayName}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
        </div>
        {!valid && <p className="t-status t-status--warn">{t('teacher.logs.badRange')}</p>}
      </Card>
      {range && (
        <>
          <LocalCallLog
            from={range.from}
            to={range.to}
            childId={childId || undefined}
            names={names}
            bookings={bookings.value}
            guardians={guardians}
          />
          <ServerBookings childId={childId || undefined} bookings={bookings} guardians={guardians} />
        </>
      )}
    </div>
  );
}
