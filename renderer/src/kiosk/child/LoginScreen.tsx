// Who are you? The school's children as big pictures with names, filtered by
// class; calls open right now on top; then the picture-PIN for the one tapped.
import { useMemo, useState } from 'react';
import type { KioskBooking, RosterChild } from '@hhc/common/protocol';
import { Notice } from '../../ui/mount';
import { useNow } from '../../ui/useNow';
import { useKiosk } from '../KioskContext';
import { LockedScreen } from './LockedScreen';
import { avatarUrl } from '../../ui/pictures';
import { Picture } from './Picture';
import { OfflineNote } from './OfflineNote';
import { PinPad, type ChildSession } from './PinPad';
import { joinableNow } from './schedule';
import { callWords } from './familyCall';
import { joinNames } from '@hhc/common/callPeople';
import './child.css';

export function LoginScreen(props: {
  onLoggedIn: (child: ChildSession) => void;
  onCallNow: (booking: KioskBooking) => void;
}) {
  const { data, offline, t, locale } = useKiosk();
  const [picked, setPicked] = useState<RosterChild>();
  const [lockedUntil, setLockedUntil] = useState<number>();
  const [className, setClassName] = useState<string>();
  const now = useNow(15_000);
  const classes = useMemo(
    () => [...new Set((data?.children ?? []).map((child) => child.className))].sort(),
    [data?.children],
  );

  if (!data) return <Notice text={offline ? t('common.offline') : t('common.connecting')} />;
  if (picked && lockedUntil !== undefined) {
    return (
      <LockedScreen
        until={lockedUntil}
        onDone={() => {
          setLockedUntil(undefined);
          setPicked(undefined);
        }}
        onBack={() => {
          setLockedUntil(undefined);
          setPicked(undefined);
        }}
      />
    );
  }
  if (picked) {
    return (
      <PinPad
        child={picked}
        onBack={() => setPicked(undefined)}
        onLocked={(until) => setLockedUntil(until)}
        onSuccess={props.onLoggedIn}
      />
    );
  }

  const names = new Map(data.children.map((child) => [child.id, child]));
  const callsNow = offline ? [] : joinableNow(data.bookings, now);
  const shown = data.children.filter((child) => !className || child.className === className);
  return (
    <main className="kid kid--login" data-testid="child-login">
      {offline && <OfflineNote />}
      {callsNow.map((booking) => {
        const child = names.get(booking.childId);
        return (
          <section key={booking.id} className="kid__call-now" data-testid="call-now">
            {/* Brothers and sisters in one call: each finds their own picture on the card. */}
            {(booking.children.length > 0 ? booking.children : [{ avatar: child?.avatar ?? '' }]).map(
              (inCall, i) => (
                <Picture key={i} src={avatarUrl(inCall.avatar)} className="kid__call-now-picture" />
              ),
            )}
            <span className="kid__call-now-text">
              {booking.children.length > 0
                ? joinNames(
                    booking.children.map((c) => c.displayName),
                    locale,
                  )
                : child?.displayName}{' '}
              · {t('child.callNow', { relation: callWords(booking, t, locale) })}
            </span>
            {/* The parent is waiting: one tap starts the call, no PIN in the way (a teacher is in the room). */}
            <button
              className="kid__button kid__button--go"
              data-testid="open-call"
              onClick={() => props.onCallNow(booking)}
            >
              {t('child.joinNow')}
            </button>
          </section>
        );
      })}
      <h1 className="kid__title">{t('child.pickYourself')}</h1>
      {classes.length > 1 && (
        <nav className="kid__classes">
          {[undefined, ...classes].map((name) => (
            <button
              key={name ?? '*'}
              className="kid__class"
              aria-pressed={className === name}
              data-testid="class-filter"
              onClick={() => setClassName(name)}
            >
              {name ?? t('child.allClasses')}
            </button>
          ))}
        </nav>
      )}
      {data.children.length === 0 && <p className="kid__text">{t('child.noChildren')}</p>}
      <ul className="kid__grid">
        {shown.map((child) => (
          <li key={child.id}>
            <button className="kid__tile" data-testid="child-tile" onClick={() => setPicked(child)}>
              <Picture src={avatarUrl(child.avatar)} className="kid__tile-picture" />
              <span className="kid__tile-name">{child.displayName}</span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
