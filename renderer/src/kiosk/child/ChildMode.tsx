// Child mode (first version): today's calls with one big button each.
// The picture login, home card and booking screens replace this list.
import { useState } from 'react';
import { formatWeekdayTime } from '@hhc/common/format';
import { Notice } from '../../ui/mount';
import { useNow } from '../../ui/useNow';
import { useKiosk } from '../KioskContext';
import { KioskCall } from './KioskCall';

/** The kiosk may open a call a little before its slot, as the server allows. */
const KIOSK_EARLY_MS = 5 * 60_000;

export function ChildMode() {
  const { data, t, locale, offline } = useKiosk();
  const [activeCall, setActiveCall] = useState<string>();
  const now = useNow(15_000);
  if (activeCall) return <KioskCall bookingId={activeCall} onDone={() => setActiveCall(undefined)} />;
  if (!data) return <Notice text={offline ? t('common.offline') : t('common.connecting')} />;
  const names = new Map(data.children.map((child) => [child.id, child.displayName]));
  return (
    <main className="page page--kiosk">
      <h1 className="page__title">{t('kiosk.todayTitle')}</h1>
      {offline && <p className="page__error">{t('common.offline')}</p>}
      {data.bookings.length === 0 && <p className="page__text">{t('kiosk.noCalls')}</p>}
      <ul className="calls">
        {data.bookings.map((booking) => {
          const open =
            !offline &&
            now >= booking.startAt - KIOSK_EARLY_MS &&
            now < booking.endAt &&
            booking.status !== 'requested';
          return (
            <li key={booking.id} className="calls__item" data-testid="kiosk-booking">
              <span className="calls__time">
                {formatWeekdayTime(booking.startAt, data.school.timeZone, locale)}
              </span>
              <span className="calls__who">
                {names.get(booking.childId)} ·{' '}
                {t('kiosk.callWith', { name: t(`relation.${booking.guardianRelation}`) })}
              </span>
              <button
                className="button button--join"
                data-testid="open-call"
                disabled={!open}
                onClick={() => setActiveCall(booking.id)}
              >
                {t('call.join')}
              </button>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
