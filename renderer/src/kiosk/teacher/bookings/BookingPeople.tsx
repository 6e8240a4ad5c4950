// Everyone in a booking on its row (the children's pictures and names, every
// guardian), and the panel that changes who else is in it.
import { useState } from 'react';
import type { Booking } from '@hhc/common/domain';
import type { GuardianRecord } from '@hhc/common/records';
import { Picture } from '../Picture';
import { useTeacher } from '../TeacherContext';
import { Button } from '../ui';
import { FamilyPeople, type People } from './FamilyPeople';

export function BookingWho(props: { booking: Booking; guardians: GuardianRecord[] | undefined }) {
  const { kiosk, children } = useTeacher();
  const { t } = kiosk;
  const inCall = props.booking.childIds.map((id) => children.find((c) => c.id === id));
  const guardians = props.booking.guardianIds.map((id) => props.guardians?.find((g) => g.id === id));
  return (
    <>
      {inCall.map((child) => child && <Picture key={child.id} kind="avatar" name={child.avatar} />)}
      <span className="t-booking__who" data-testid="booking-people">
        <strong>{inCall.map((child) => child?.displayName ?? '—').join('、')}</strong>
        {' · '}
        {guardians.map((g) => (g ? `${t(`relation.${g.relation}`)} ${g.displayName}` : '…')).join('、')}
      </span>
    </>
  );
}

/** The row's own action runs the request, so its result shows on the row after the panel closes. */
export function EditPeople(props: { booking: Booking; busy: boolean; onSave: (people: People) => void }) {
  const { t } = useTeacher().kiosk;
  const { booking } = props;
  const [people, setPeople] = useState<People>({
    siblingIds: booking.childIds.filter((id) => id !== booking.childId),
    alsoGuardianIds: booking.guardianIds.filter((id) => id !== booking.guardianId),
  });
  return (
    <div className="t-subform" data-testid="booking-people-form">
      <FamilyPeople
        childId={booking.childId}
        guardianId={booking.guardianId}
        value={people}
        onChange={setPeople}
      />
      <Button
        tone="primary"
        testId="booking-people-save"
        disabled={props.busy}
        onClick={() => props.onSave(people)}
      >
        {t('teacher.bookings.peopleSave')}
      </Button>
    </div>
  );
}
