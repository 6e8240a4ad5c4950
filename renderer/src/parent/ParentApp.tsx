// The parent's page behind /p/<token>: the child, the upcoming calls in the
// school's time zone, a calendar file per call, and the call itself.
// The first screen comes from the data inlined in the page; the connection
// and the call's code (camera, mediasoup) load behind it, so on slow mobile
// data the parent sees the child's name first and the heavy parts by the time
// they tap "join".
import { lazy, Suspense, useEffect, useState } from 'react';
import { joinNames, parentWithLine } from '@hhc/common/callPeople';
import { formatDateTime } from '@hhc/common/format';
import type { Locale, Translate } from '@hhc/common/i18n';
import type { ParentCall, ParentOverview } from '@hhc/common/protocol';
import { ConnectionState } from '../call/connectionState';
import { Notice } from '../ui/mount';
import { useSignaling } from '../ui/useSignaling';
import { useNow } from '../ui/useNow';
import { RequestSlot } from './RequestSlot';
import { ParentMessages } from './ParentMessages';
import { avatarUrl } from '../ui/pictures';

import { expectedPeople } from './expectedPeople';

const loadCallFlow = () => import('./CallFlow');
const CallFlow = lazy(loadCallFlow);

/** The phone's own zone: parents working far away may be in another one (or abroad). */
const phoneTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function ParentApp(props: {
  token: string;
  t: Translate;
  locale: Locale;
  /** Inlined by the server with the page; the socket refreshes it. */
  initialOverview?: ParentOverview | undefined;
}) {
  const { t } = props;
  const { client, state } = useSignaling(window.location.origin, { guardianToken: props.token });
  const [overview, setOverview] = useState<ParentOverview | undefined>(props.initialOverview);
  const [activeCall, setActiveCall] = useState<string>();
  const [generation, setGeneration] = useState(0);
  const now = useNow(15_000);

  useEffect(() => {
    if (!client || state !== ConnectionState.Connected) return undefined;
    const load = () => client.request('parent:overview', {}).then(setOverview, () => undefined);
    void load();
    // While waiting in a call, keep "the school computer is ready" current.
    const timer = activeCall ? setInterval(() => void load(), 20_000) : undefined;
    // Ready before the parent taps "join": the call's code and the media server's capabilities.
    void loadCallFlow().catch(() => undefined);
    void client.routerCapabilities().catch(() => undefined);
    return () => clearInterval(timer);
  }, [client, state, activeCall, generation]);

  if (state === ConnectionState.Refused)
    return <Notice text={t('parent.invalidLink')} testId="invalid-link" />;
  // Tapped "join" before the connection is up (slow data): say so instead of doing nothing.
  if (activeCall && !client) return <Notice text={t('common.connecting')} />;
  if (client && activeCall && overview) {
    return (
      <Suspense fallback={<Notice text={t('common.connecting')} />}>
        <CallFlow
          client={client}
          bookingId={activeCall}
          childName={childrenOf(overview, activeCall, props.locale)}
          kioskOnline={overview.kioskOnline}
          avatar={avatarUrl(overview.child.avatar)}
          canRequest={overview.canRequest}
          locale={props.locale}
          t={t}
          onClose={() => {
            setActiveCall(undefined);
            setGeneration((n) => n + 1); // the list again, fresh (this call may be over now)
          }}
          expected={expectedPeople(overview, activeCall)}
        />
      </Suspense>
    );
  }
  if (!overview) return <Notice text={t('common.connecting')} />;

  return (
    <main className="page">
      <header className="page__child">
        <img className="page__avatar" src={avatarUrl(overview.child.avatar)} alt="" />
        <h1 className="page__title" data-testid="child-name">
          {overview.child.displayName}
        </h1>
      </header>
      {client && state === ConnectionState.Connected && (
        <ParentMessages
          client={client}
          t={t}
          childName={overview.child.displayName}
          avatar={avatarUrl(overview.child.avatar)}
        />
      )}
      <h2 className="page__subtitle">{t('parent.callsTitle')}</h2>
      {overview.calls.length === 0 && <p className="page__text">{t('parent.noCalls')}</p>}
      <ul className="calls">
        {overview.calls.map((call) => (
          <CallItem
            key={call.id}
            call={call}
            now={now}
            timeZone={overview.school.timeZone}
            token={props.token}
            t={t}
            locale={props.locale}
            people={parentWithLine(call, overview, t, props.locale)}
            onJoin={() => setActiveCall(call.id)}
          />
        ))}
      </ul>
      <p className="page__hint">{t('parent.timeZoneNote')}</p>
      {overview.canRequest && client && (
        <RequestSlot
          client={client}
          t={t}
          locale={props.locale}
          onRequested={() => setGeneration((n) => n + 1)}
        />
      )}
    </main>
  );
}

function CallItem(props: {
  call: ParentCall;
  now: number;
  timeZone: string;
  token: string;
  t: Translate;
  locale: Locale;
  /** Who else is in the call ("和爸爸、小红一起"); empty for a call with this guardian alone. */
  people: string;
  onJoin: () => void;
}) {
  const { call, t } = props;
  const joinable =
    (call.status === 'confirmed' || call.status === 'in_progress') &&
    props.now >= call.joinableFrom &&
    props.now < call.endAt;
  return (
    <li className="calls__item" data-testid="call-item">
      <span className="calls__time">{formatDateTime(call.startAt, props.timeZone, props.locale)}</span>
      {phoneTimeZone !== props.timeZone &&
        formatDateTime(call.startAt, phoneTimeZone, props.locale) !==
          formatDateTime(call.startAt, props.timeZone, props.locale) && (
          <span className="calls__local" data-testid="phone-time">
            {t('parent.yourTime', { time: formatDateTime(call.startAt, phoneTimeZone, props.locale) })}
          </span>
        )}
      {props.people && (
        <span className="calls__people" data-testid="call-people">
          {props.people}
        </span>
      )}
      {call.status === 'requested' ? (
        <span className="calls__status">{t('parent.requested')}</span>
      ) : joinable ? (
        <button className="button button--join" data-testid="open-call" onClick={props.onJoin}>
          {t('parent.joinCall')}
        </button>
      ) : (
        <span className="calls__status">{t('parent.notYet')}</span>
      )}
      <a className="calls__calendar" href={`/p/${props.token}/calls/${call.id}.ics`} download="call.ics">
        {t('parent.addToCalendar')}
      </a>
    </li>
  );
}

/** Who the parent waits for in this call: "小明" or, brothers and sisters together, "小明、小红". */
function childrenOf(overview: ParentOverview, bookingId: string, locale: Locale): string {
  const names = overview.calls.find((call) => call.id === bookingId)?.children.map((c) => c.displayName);
  return names && names.length > 0 ? joinNames(names, locale) : overview.child.displayName;
}
