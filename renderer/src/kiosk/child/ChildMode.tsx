// Child mode: pick your picture and your three PIN pictures, see your next
// call, book one, join with one big button, and say how it felt. The screen
// logs out by itself after a quiet spell (never during a call). The camera
// opens while the join button is lit (the child sees themself on the card),
// so pressing it goes straight to connecting.
import { useCallback, useState } from 'react';
import type { KioskBooking } from '@hhc/common/protocol';
import { useLocalMedia } from '../../ui/useLocalMedia';
import { useKiosk } from '../KioskContext';
import { AfterCall } from './AfterCall';
import { BookingScreen } from './BookingScreen';
import { ChildCall, type CallEnd } from './ChildCall';
import { HomeScreen } from './HomeScreen';
import { LoginScreen } from './LoginScreen';
import type { ChildSession } from './PinPad';
import { useChildHome } from './useChildHome';
import { useIdle } from './useIdle';
import './child.css';

type Screen =
  | { kind: 'home' }
  | { kind: 'booking' }
  | { kind: 'call'; booking: KioskBooking }
  | { kind: 'after'; end: CallEnd };

export function ChildMode() {
  const { client } = useKiosk();
  const [child, setChild] = useState<ChildSession>();
  // Not logged in: the login screen, unless a call (started from its "call now" card) is on.
  const [screen, setScreen] = useState<Screen>({ kind: 'home' });
  const [callJoinable, setCallJoinable] = useState(false);
  const media = useLocalMedia(
    screen.kind === 'call' || (child !== undefined && screen.kind === 'home' && callJoinable),
  );

  const logout = useCallback(() => {
    void client.request('child:logout', {}).catch(() => undefined);
    setChild(undefined);
    setScreen({ kind: 'home' });
  }, [client]);
  useIdle(child !== undefined && (screen.kind === 'home' || screen.kind === 'booking'), logout);

  if (screen.kind === 'call') {
    return (
      <ChildCall
        booking={screen.booking}
        media={media}
        onEnded={(end) => setScreen({ kind: 'after', end })}
      />
    );
  }
  if (screen.kind === 'after')
    return (
      <AfterCall
        end={screen.end}
        childLoggedIn={child !== undefined}
        onDone={() => setScreen({ kind: 'home' })}
        onRetry={() => setScreen({ kind: 'call', booking: screen.end.booking })}
        onBook={() => setScreen({ kind: 'booking' })}
      />
    );
  if (!child) {
    return (
      <LoginScreen
        onLoggedIn={(session) => {
          setChild(session);
          setScreen({ kind: 'home' });
        }}
        onCallNow={(booking) => setScreen({ kind: 'call', booking })}
      />
    );
  }
  return (
    <ChildArea
      screen={screen}
      setScreen={setScreen}
      onLogout={logout}
      preview={media.stream}
      onJoinable={setCallJoinable}
    />
  );
}

function ChildArea(props: {
  screen: Screen;
  setScreen: (screen: Screen) => void;
  onLogout: () => void;
  preview: MediaStream | undefined;
  onJoinable: (joinable: boolean) => void;
}) {
  const { client } = useKiosk();
  const { home, reload } = useChildHome(client, props.onLogout);
  const { setScreen } = props;
  if (props.screen.kind === 'booking' && home) {
    return (
      <BookingScreen
        home={home}
        onDone={(booked) => {
          if (booked) reload();
          setScreen({ kind: 'home' });
        }}
      />
    );
  }
  return (
    <HomeScreen
      home={home}
      onJoin={(booking) => setScreen({ kind: 'call', booking })}
      onBook={() => setScreen({ kind: 'booking' })}
      onLogout={props.onLogout}
      preview={props.preview}
      onJoinable={props.onJoinable}
    />
  );
}
