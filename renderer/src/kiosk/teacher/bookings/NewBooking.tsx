// Booking a call for a child with one of their guardians (and, for a family
// call, other guardians and brothers and sisters), in a free slot of the week
// shown. Children without consent are listed but cannot be chosen.
import { useCallback, useState } from 'react';
import { formatDateTime } from '@hhc/common/format';
import { byClass } from '../roster/RosterSection';
import { useTeacher } from '../TeacherContext';
import { Button, Card, Field, Status } from '../ui';
import { useAction, useLoad } from '../useRequest';
import type { WeekRange } from '../zonedTime';
import { FamilyPeople, nobodyElse, type People } from './FamilyPeople';
import { SlotPicker } from './SlotPicker';

export function NewBooking(props: { week: WeekRange; onBooked: () => void }) {
  const { kiosk, children, timeZone } = useTeacher();
  const { client, t, locale } = kiosk;
  const [childId, setChildId] = useState('');
  const [guardianId, setGuardianId] = useState('');
  const [startAt, setStartAt] = useState<number>();
  const [people, setPeople] = useState<People>(nobodyElse);
  const action = useAction();
  const guardians = useLoad(
    useCallback(async () => (childId ? client.request('guardian:list', { childId }) : []), [client, childId]),
  );
  const classes = byClass(children.filter((c) => !c.archived));

  const book = async () => {
    if (!startAt) return;
    const booked = await action.run(
      () => client.request('booking:create', { childId, guardianId, startAt, ...people }),
      t('teacher.bookings.booked'),
    );
    if (booked) props.onBooked();
  };

  return (
    <Card title={t('teacher.bookings.new')} testId="new-booking">
      <div className="t-grid2">
        <Field label={t('teacher.bookings.child')}>
          <select
            className="t-input"
            data-testid="new-booking-child"
            value={childId}
            onChange={(e) => {
              setChildId(e.target.value);
              setGuardianId('');
              setPeople(nobodyElse);
            }}
          >
            <option value="">{t('teacher.choose')}</option>
            {classes.map(([className, members]) => (
              <optgroup key={className} label={className}>
                {members.map((child) => (
                  <option key={child.id} value={child.id} disabled={!child.consent}>
                    {child.displayName}
                    {!child.consent ? ` (${t('teacher.roster.noConsent')})` : ''}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field label={t('teacher.bookings.guardian')}>
          <select
            className="t-input"
            data-testid="new-booking-guardian"
            value={guardianId}
            disabled={!childId}
            onChange={(e) => {
              setGuardianId(e.target.value);
              setPeople({ ...people, alsoGuardianIds: [] });
            }}
          >
            <option value="">{t('teacher.choose')}</option>
            {(guardians.value ?? []).map((g) => (
              <option key={g.id} value={g.id}>
                {t(`relation.${g.relation}`)} {g.displayName}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {childId && guardians.value?.length === 0 && (
        <p className="t-status t-status--warn">{t('teacher.guardian.none')}</p>
      )}
      {childId && guardianId && (
        <FamilyPeople childId={childId} guardianId={guardianId} value={people} onChange={setPeople} />
      )}
      <Field label={t('teacher.bookings.slot')}>
        <SlotPicker week={props.week} value={startAt} onPick={setStartAt} />
      </Field>
      <div className="t-row">
        <Button
          tone="primary"
          testId="new-booking-save"
          disabled={action.busy || !childId || !guardianId || !startAt}
          onClick={() => void book()}
        >
          {startAt
            ? t('teacher.bookings.bookAt', { time: formatDateTime(startAt, timeZone, locale) })
            : t('teacher.bookings.book')}
        </Button>
      </div>
      <Status action={action} />
    </Card>
  );
}
