// The kiosk shell: pairs once, keeps the one signalling connection, keeps
// the roster and schedule fresh (and an offline copy through the main
// process), and shows child mode, or teacher mode after the hidden gesture.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Locale, Translate } from '@hhc/common/i18n';
import { ErrorCode } from '@hhc/common/result';
import { ConnectionState, SignalingClient } from '../call/SignalingClient';
import { Notice } from '../ui/mount';
import { useSignaling } from '../ui/useSignaling';
import { kioskBridge } from './bridge';
import { ChildMode } from './child/ChildMode';
import { credentialStore, type Pairing } from './credentialStore';
import { HiddenCorner } from './HiddenCorner';
import { KioskContext, type KioskContextValue, type KioskData, type PinAlert } from './KioskContext';
import { TeacherMode } from './teacher/TeacherMode';
import { useOutboxSync } from './useOutboxSync';

export function KioskApp(props: { serverUrl: string; t: Translate; locale: Locale }) {
  const bridge = useMemo(() => kioskBridge(), []);
  const store = useMemo(() => credentialStore(bridge), [bridge]);
  const [pairing, setPairing] = useState<Pairing | null | undefined>(undefined);
  useEffect(() => {
    void store.read().then((saved) => setPairing(saved ?? null));
  }, [store]);

  if (pairing === undefined) return <Notice text={props.t('common.connecting')} />;
  if (pairing === null) {
    return (
      <PairingScreen
        serverUrl={props.serverUrl}
        t={props.t}
        onPaired={(next) => void store.write(next).then(() => setPairing(next))}
      />
    );
  }
  return (
    <PairedKiosk
      {...props}
      pairing={pairing}
      bridge={bridge}
      onUnpaired={() => void store.clear().then(() => setPairing(null))}
    />
  );
}

function PairedKiosk(props: {
  pairing: Pairing;
  bridge: ReturnType<typeof kioskBridge>;
  t: Translate;
  locale: Locale;
  onUnpaired: () => void;
}) {
  const { bridge, onUnpaired } = props;
  const { client, state } = useSignaling(props.pairing.serverUrl, {
    kioskCredential: props.pairing.credential,
  });
  const [data, setData] = useState<KioskData>();
  const [teacherMode, setTeacherMode] = useState(false);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  const [pinAlerts, setPinAlerts] = useState<PinAlert[]>([]);
  const dismissPinAlert = useCallback(
    (childId: string) => setPinAlerts((alerts) => alerts.filter((alert) => alert.childId !== childId)),
    [],
  );
  // Kept while in child mode too: the teacher sees them when she next opens teacher mode.
  useEffect(
    () =>
      client?.on('alert:pin-locked', (alert) =>
        setPinAlerts((alerts) => [
          ...alerts.filter((a) => a.childId !== alert.childId),
          { ...alert, at: Date.now() },
        ]),
      ),
    [client],
  );
  useOutboxSync(bridge, client, state);

  useEffect(() => {
    // Only a credential the server no longer knows means "pair again"; other refusals pass.
    if (state === ConnectionState.Refused && client?.refusal?.code === ErrorCode.InvalidCredentials)
      onUnpaired();
  }, [state, client, onUnpaired]);

  // Live data when connected; the offline copy when not (login and "your next call" still work).
  useEffect(() => {
    if (!client) return undefined;
    if (state !== ConnectionState.Connected) {
      void bridge?.cache.load().then((cached) => {
        if (!cached.ok || !cached.value.roster || !cached.value.schedule) return;
        const { roster, schedule } = cached.value;
        setData(
          (current) => current ?? { ...roster, bookings: schedule.bookings, savedAt: schedule.savedAt },
        );
      });
      return undefined;
    }
    const load = async () => {
      const [roster, schedule] = await Promise.all([
        client.request('kiosk:roster', {}),
        client.request('kiosk:schedule', {}),
      ]);
      setData({ ...roster, bookings: schedule.bookings, savedAt: schedule.generatedAt });
      await bridge?.cache.saveRoster(roster);
      await bridge?.cache.saveSchedule(schedule);
    };
    void load().catch(() => undefined);
    void client.routerCapabilities().catch(() => undefined); // ready before a child taps "join"
    return client.on('schedule:changed', () => void load().catch(() => undefined));
  }, [client, state, bridge, generation]);

  const value = useMemo<KioskContextValue | undefined>(
    () =>
      client && {
        client,
        serverUrl: props.pairing.serverUrl,
        connection: state,
        offline: state !== ConnectionState.Connected,
        bridge,
        data,
        refresh,
        unpair: onUnpaired,
        pinAlerts,
        dismissPinAlert,
        t: props.t,
        locale: props.locale,
      },
    [
      client,
      props.pairing.serverUrl,
      state,
      bridge,
      data,
      refresh,
      onUnpaired,
      pinAlerts,
      dismissPinAlert,
      props.t,
      props.locale,
    ],
  );
  if (!value) return <Notice text={props.t('common.connecting')} />;
  return (
    <KioskContext.Provider value={value}>
      {teacherMode ? <TeacherMode onExit={() => setTeacherMode(false)} /> : <ChildMode />}
      {!teacherMode && <HiddenCorner onActivate={() => setTeacherMode(true)} />}
    </KioskContext.Provider>
  );
}

function PairingScreen(props: { serverUrl: string; t: Translate; onPaired: (pairing: Pairing) => void }) {
  const { t } = props;
  const [code, setCode] = useState('');
  const [serverUrl, setServerUrl] = useState(props.serverUrl);
  const [failed, setFailed] = useState(false);
  const pair = async () => {
    const client = new SignalingClient(serverUrl);
    try {
      await client.waitUntilConnected();
      const result = await client.request('kiosk:pair', { code });
      props.onPaired({ serverUrl, credential: result.credential });
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
        <span>{t('kiosk.serverAddress')}</span>
        <input
          className="field__input field__input--url"
          data-testid="server-url"
          value={serverUrl}
          autoComplete="off"
          onChange={(event) => setServerUrl(event.target.value.trim())}
        />
      </label>
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
