// Book a call: this week's free times as big buttons by day, then who to
// call. The server decides; a refusal is said in one short sentence.
import { useEffect, useState } from 'react';
import type { Slot } from '@hhc/common/domain';
import { guardianWords } from '@hhc/common/callPeople';
import { formatWeekdayTime } from '@hhc/common/format';
import type { ChildHome, KioskBooking } from '@hhc/common/protocol';
import { useKiosk } from '../KioskContext';
import { BackIcon } from './Icons';
import { sceneUrl } from '../../ui/pictures';
import { Picture } from './Picture';
import { CallPeople } from './CallPeople';
import { bookingFields, type FamilyPick } from './familyPick';
import { WhoToCall } from './WhoToCall';
import { childRefusalKey } from './refusal';
import { groupFreeSlots, type SlotDay } from './slots';

type Step =
  | { kind: 'slots' }
  | { kind: 'parent'; slot: Slot }
  | { kind: 'booking' }
  | { kind: 'booked'; booking: KioskBooking }
  | { kind: 'refused'; message: string };

export function BookingScreen(props: { home: ChildHome; onDone: (booked: boolean) => void }) {
  const { client, t, locale } = useKiosk();
  const [days, setDays] = useState<SlotDay[]>();
  const [timeZone, setTimeZone] = useState('Asia/Shanghai');
  const [step, setStep] = useState<Step>({ kind: 'slots' });

  useEffect(() => {
    let alive = true;
    client.request('child:slots', {}).then(
      (answer) => {
        if (!alive) return;
        setTimeZone(answer.timeZone);
        setDays(groupFreeSlots(answer.slots, Date.now(), answer.timeZone));
      },
      () => alive && setDays([]),
    );
    return () => {
      alive = false;
    };
  }, [client]);

  const time = (instant: number) => formatWeekdayTime(instant, timeZone, locale);
  const clock = (instant: number) => time(instant).split(' ')[1]; // "星期五 16:30" → "16:30"
  const dayName = (day: SlotDay) =>
    day.dayOffset === 0
      ? t('child.today')
      : day.dayOffset === 1
        ? t('child.tomorrow')
        : time(day.slots[0]!.startAt).split(' ')[0];

  const book = (slot: Slot, pick: FamilyPick) => {
    setStep({ kind: 'booking' });
    client.request('child:book', { ...bookingFields(pick), startAt: slot.startAt }).then(
      ({ booking }) => setStep({ kind: 'booked', booking }),
      (error: unknown) =>
        setStep({
          kind: 'refused',
          message: t(childRefusalKey(error)),
        }),
    );
  };

  if (step.kind === 'booked' || step.kind === 'refused') {
    const booked = step.kind === 'booked';
    return (
      <main className="kid kid--result" data-testid={booked ? 'booked' : 'booking-refused'}>
        {booked ? (
          <CallPeople booking={step.booking} viewerId={props.home.child.id} />
        ) : (
          <Picture src={sceneUrl('hourglass')} className="kid__scene" />
        )}
        <h1 className="kid__title">{booked ? t('child.booked') : t('child.refused')}</h1>
        <p className="kid__big-text" data-testid="booking-result">
          {booked
            ? t('child.bookedWith', {
                relation: guardianWords(step.booking.guardians, t, locale),
                time: time(step.booking.startAt),
              })
            : step.message}
        </p>
        <button
          className="kid__button kid__button--go kid__button--huge"
          data-testid="booking-ok"
          onClick={() => (booked ? props.onDone(true) : setStep({ kind: 'slots' }))}
        >
          {t('child.ok')}
        </button>
      </main>
    );
  }

  return (
    <main className="kid kid--booking" data-testid="booking">
      <header className="kid__bar">
        <button
          className="kid__button kid__button--back"
          data-testid="booking-back"
          onClick={() => (step.kind === 'parent' ? setStep({ kind: 'slots' }) : props.onDone(false))}
        >
          <BackIcon />
          {t('child.back')}
        </button>
        <h1 className="kid__title kid__title--inline">
          {step.kind === 'parent' ? t('child.pickParent') : t('child.bookTitle')}
        </h1>
      </header>
      {step.kind === 'parent' ? (
        <WhoToCall
          home={props.home}
          time={time(step.slot.startAt)}
          onBook={(pick) => book(step.slot, pick)}
        />
      ) : step.kind === 'booking' || days === undefined ? (
        <p className="kid__big-text">{t('common.connecting')}</p>
      ) : days.length === 0 ? (
        <p className="kid__big-text" data-testid="no-slots">
          {t('child.noSlots')}
        </p>
      ) : (
        <div className="kid__days">
          {days.map((day) => (
            <section key={day.date} className="kid__day" data-testid="slot-day">
              <h2 className="kid__day-name">{dayName(day)}</h2>
              <div className="kid__day-slots">
                {day.slots.map((slot) => (
                  <button
                    key={slot.startAt}
                    className="kid__slot-button"
                    data-testid="slot"
                    data-start={slot.startAt}
                    onClick={() => setStep({ kind: 'parent', slot })}
                  >
                    {clock(slot.startAt)}
                  </button>
                ))}
              </div>
            </section>
          ))}
        </div>
      )}
    </main>
  );
}
