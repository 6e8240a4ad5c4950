// A page that is nothing but a call, identified by ?room= in its URL (bookings
// and link tokens replace this in a later step).
import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLocale, translator, type MessageKey } from '@hhc/common/i18n';
import { roomIdSchema, type PeerRole } from '@hhc/common/protocol';
import { CallScreen } from './CallScreen';
import { useCallSession } from './useCallSession';
import './styles.css';

interface PageProps {
  role: PeerRole;
  titleKey: MessageKey;
  defaultName: string;
}

function CallPage(props: PageProps & { roomId: string; t: (key: MessageKey) => string; serverUrl: string }) {
  const setup = useMemo(
    () => ({
      serverUrl: props.serverUrl,
      roomId: props.roomId,
      role: props.role,
      displayName: props.defaultName,
    }),
    [props.serverUrl, props.roomId, props.role, props.defaultName],
  );
  const call = useCallSession(setup);
  return <CallScreen call={call} t={props.t} title={props.t(props.titleKey)} />;
}

export function mountCallPage(props: PageProps): void {
  const params = new URLSearchParams(window.location.search);
  const locale = pickLocale(params.get('lang'));
  document.documentElement.lang = locale;
  const t = translator(locale);
  document.title = t(props.titleKey);
  const room = roomIdSchema.safeParse(params.get('room'));
  const root = createRoot(document.getElementById('root')!);
  if (!room.success) {
    root.render(<p className="notice">{t('call.noRoom')}</p>);
    return;
  }
  // The kiosk may talk to a server elsewhere; the parent page always uses its own origin.
  const serverUrl = (props.role === 'kiosk' && params.get('server')) || window.location.origin;
  root.render(<CallPage {...props} roomId={room.data} t={t} serverUrl={serverUrl} />);
}
