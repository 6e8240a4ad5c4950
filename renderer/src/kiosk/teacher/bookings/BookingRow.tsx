// One booking: when, who with whom, its state, and what a teacher may do with it.
import { useState } from 'react';
import { activeBookingStatuses, type Booking } from '@hhc/common/domain';
import type { GuardianRecord } from '@hhc/common/records';
import { minutesToHhmm } from '../clock';
import { siblingsOf } from '../family';
import { useTeacher } from '../TeacherContext';
import { Button, Field, Status } from '../ui';
import { useAction } from '../useRequest';
import { instantToZoned, type WeekRange } from '../zonedTime';
import { BookingWho, EditPeople } from './BookingPeople';
import { SlotPicker } from './SlotPicker';
import { BookingMarkers } from './BookingMarkers';
import type { Unheard } from '../messages/unheard';

export function BookingRow(props: {
  booking: Booking;
  week: WeekRange;
  guardians: GuardianRecord[] | undefined;
  onChanged: () => void;
  /** The child's voice messages nobody has heard yet. */
  unheard?: Unheard | undefined;
}) {
  const { kiosk, timeZone, children } = useTeacher();
  const { client, t } = kiosk;
  const { booking } = props;
  const [panel, setPanel] = useState<'move' | 'cancel' | 'people'>();
  const [reason, setReason] = useState('');
  const action = useAction();
  const child = children.find((c) => c.id === booking.childId);
  const hasFamily = siblingsOf(children, booking.childId).length > 0 || (props.guardians?.length ?? 0) > 1;
  const active = activeBookingStatuses.includes(booking.status) && booking.status !== 'in_progress';
  // A running call cannot move or be cancelled, but its people may change (a guardian taken out leaves it).
  const running = booking.status === 'in_progress';
  const time = (instant: number) => minutesToHhmm(instantToZoned(instant, timeZone).minuteOfDay);

  const change = async (request: () => Promise<unknown>, doneText: string) => {
    if ((await action.run(request, doneText)) === undefined) return;
    setPanel(undefined);
    props.onChanged();
  };

  return (
    <li
      className={`t-booking t-booking--${booking.status}`}
      data-testid="booking-row"
      data-status={booking.status}
      data-child={child?.displayName}
    >
      <div className="t-booking__line">
        <span className="t-booking__time">
          {time(booking.startAt)}–{time(booking.endAt)}
        </span>
        <BookingWho booking={booking} guardians={props.guardians} />
        <span className={`t-badge t-badge--status-${booking.status}`} data-testid="booking-status">
          {t(`teacher.status.${booking.status}`)}
        </span>
        {booking.createdBy.kind !== 'staff' && (
          <span className="t-muted">{t(`teacher.bookings.by.${booking.createdBy.kind}`)}</span>
        )}
        <BookingMarkers unheard={props.unheard} />
      </div>
      {booking.cancelReason && (
        <p className="t-muted">{t('teacher.bookings.reasonWas', { reason: booking.cancelReason })}</p>
      )}
      {(active || (running && hasFamily)) && (
        <div className="t-row">
          {booking.status === 'requested' && (
            <Button
              tone="primary"
              testId="booking-approve"
              disabled={action.busy}
              onClick={() =>
                void change(
                  () => client.request('booking:approve', { bookingId: booking.id }),
                  t('teacher.bookings.approved'),
                )
              }
            >
              {t('teacher.bookings.approve')}
            </Button>
          )}
          {active && (
            <Button
              small
              testId="booking-move"
              onClick={() => setPanel(panel === 'move' ? undefined : 'move')}
            >
              {t('teacher.bookings.move')}
            </Button>
          )}
          {hasFamily && (
            <Button
              small
              testId="booking-people-edit"
              onClick={() => setPanel(panel === 'people' ? undefined : 'people')}
            >
              {t('teacher.bookings.people')}
            </Button>
          )}
          {active && (
            <Button
              small
              tone="danger"
              testId="booking-cancel"
              onClick={() => setPanel(panel === 'cancel' ? undefined : 'cancel')}
            >
              {t('teacher.bookings.cancel')}
            </Button>
          )}
        </div>
      )}
      {panel === 'move' && (
        <div className="t-subform">
          <SlotPicker
            week={props.week}
            value={undefined}
            onPick={(startAt) =>
              void change(
                () => client.request('booking:move', { bookingId: booking.id, startAt }),
                t('teacher.bookings.moved'),
              )
            }
          />
        </div>
      )}
      {panel === 'people' && running && (
        <p className="t-status t-status--warn" data-testid="running-people-hint">
          {t('teacher.bookings.runningPeople')}
        </p>
      )}
      {panel === 'people' && (
        <EditPeople
          booking={booking}
          busy={action.busy}
          onSave={(people) =>
            void change(
              () => client.request('booking:set-people', { bookingId: booking.id, ...people }),
              t('teacher.bookings.peopleSaved'),
            )
          }
        />
      )}
      {panel === 'cancel' && (
        <div className="t-subform">
          <Field label={t('teacher.bookings.cancelReason')}>
            <input
              className="t-input"
              data-testid="cancel-reason"
              value={reason}
              maxLength={200}
              onChange={(e) => setReason(e.target.value)}
            />
          </Field>
          <Button
            tone="danger"
            testId="cancel-confirm"
            disabled={action.busy || !reason.trim()}
            onClick={() =>
              void change(
                () => client.request('booking:cancel', { bookingId: booking.id, reason: reason.trim() }),
                t('teacher.bookings.cancelled'),
              )
            }
          >
            {t('teacher.bookings.cancelConfirm')}
          </Button>
        </div>
      )}
      <Status action={action} />
    </li>
  );
}
