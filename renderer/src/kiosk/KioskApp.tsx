// The kiosk for now: pair once with a code, then today's calls with a join
// button for the one that is open. The child-mode screens (picture login,
// booking) are built on this in the kiosk issue.
import { useEffect, useState } from 'react';
import { formatWeekdayTime } from '@hhc/common/format';
import type { Locale, Translate } from '@hhc/common/i18n';
import type { KioskBooking } from '@hhc/common/protocol';
import { ConnectionState, SignalingClient } from '../call/SignalingClient';
import { BookedCall } from '../ui/BookedCall';
import { Notice } from '../ui/mount';
import { useLocalMedia } from '../ui/useLocalMedia';
import { useNow } from '../ui/useNow';
import { useSignaling } from '../ui/useSignaling';
import { credentialStore } from './credentialStore';

/** The kiosk may open a call a little before its slot, as the server allows. */
const KIOSK_EARLY_MS = 5 * 60_000;

export function KioskApp(props: { serverUrl: string; t: Translate; locale: Locale }) {
  const [credential, setCredential] = useState(credentialStore.read());
  if (!credential) return <PairingScreen serverUrl={props.serverUrl} t={props.t} onPaired={setCredential} />;
  return (
    <PairedKiosk
      {...props}
      credential={credential}
      onUnpaired={() => {
        credentialStore.clear();
        setCredential(undefined);
      }}
    />
  );
}

function PairedKiosk(props: {
  serverUrl: string;
  credential: string;
  t: Translate;
  locale: Locale;
  onUnpaired: () => void;
}) {
  const { t } = props;
  const { client, state } = useSignaling(props.serverUrl, { kioskCredential: props.credential });
  const [schedule, setSchedule] = useState<{
    bookings: KioskBooking[];
    timeZone: string;
    names: Map<string, string>;
  }>();
  const [activeCall, setActiveCall] = useState<string>();
  const now = useNow(15_000);
  const { onUnpaired } = props;

  useEffect(() => {
    if (state === ConnectionState.Refused) onUnpaired();
    if (!client || state !== ConnectionState.Connected) return undefined;
    const load = () =>
      Promise.all([client.request('kiosk:schedule', {}), client.request('kiosk:roster', {})]).then(
        ([next, roster]) =>
          setSchedule({
            bookings: next.bookings,
            timeZone: roster.school.timeZone,
            names: new Map(roster.children.map((child) => [child.id, child.displayName])),
          }),
        () => undefined,
      );
    void load();
    void client.routerCapabilities().catch(() => undefined); // ready before the child taps
    return client.on('schedule:changed', () => void load());
  }, [client, state, onUnpaired, activeCall]);

  if (client && activeCall) return <KioskCall client={client} bookingId={activeCall} t={t} />;
  if (state === ConnectionState.Reconnecting) return <Notice text={t('common.offline')} />;
  if (!schedule) return <Notice text={t('common.connecting')} />;
  return (
    <main className="page page--kiosk">
      <h1 className="page__title">{t('kiosk.todayTitle')}</h1>
      {schedule.bookings.length === 0 && <p className="page__text">{t('kiosk.noCalls')}</p>}
      <ul className="calls">
        {schedule.bookings.map((booking) => {
          const open =
            now >= booking.startAt - KIOSK_EARLY_MS && now < booking.endAt && booking.status !== 'requested';
          return (
            <li key={booking.id} className="calls__item" data-testid="kiosk-booking">
              <span className="calls__time">
                {formatWeekdayTime(booking.startAt, schedule.timeZone, props.locale)}
              </span>
              <span className="calls__who">
                {schedule.names.get(booking.childId)} ·{' '}
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

/** One tap on the call in the list starts it: the child never presses a second button. */
function KioskCall(props: { client: SignalingClient; bookingId: string; t: Translate }) {
  const media = useLocalMedia();
  return (
    <BookedCall
      client={props.client}
      bookingId={props.bookingId}
      media={media}
      title={props.t('call.kioskTitle')}
      t={props.t}
      autoJoin
    />
  );
}

function PairingScreen(props: { serverUrl: string; t: Translate; onPaired: (credential: string) => void }) {
  const { t } = props;
  const [code, setCode] = useState('');
  const [failed, setFailed] = useState(false);
  const pair = async () => {
    const client = new SignalingClient(props.serverUrl);
    try {
      await client.waitUntilConnected();
      const result = await client.request('kiosk:pair', { code });
      credentialStore.write(result.credential);
      props.onPaired(result.credential);
    } catch {
      setFailed(true);
    } finally {
      client.close();
    }
  };
  return (
    <main className="page page--kiosk">
      <h1 className="page__title">{t('kiosk.pairTitle')}</h1>
      <p className="page__text">{t('kiosk.pairHelp')}</p>
      <label className="field">
        <span>{t('kiosk.pairCode')}</span>
        <input
          className="field__input"
          data-testid="pairing-code"
          value={code}
          autoComplete="off"
          onChange={(event) => setCode(event.target.value)}
        />
      </label>
      <button
        className="button button--join"
        data-testid="pair"
        disabled={code.trim().length < 8}
        onClick={() => void pair()}
      >
        {t('kiosk.pairButton')}
      </button>
      {failed && <p className="page__error">{t('kiosk.pairFailed')}</p>}
    </main>
  );
}
