// Teacher mode: a login on the kiosk's own connection, then the sections.
// Leaving (the button, five idle minutes, or the shell unmounting us) logs the
// teacher out, because child mode goes on using the very same connection.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StaffRecord } from '@hhc/common/records';
import { useKiosk } from '../KioskContext';
import { LoginScreen } from './LoginScreen';
import { TeacherShell } from './TeacherShell';
import { useIdle } from './useIdle';
import './teacher.css';

/** Teacher mode closes itself after this long without a touch. */
export const TEACHER_IDLE_MS = 5 * 60_000;

export interface TeacherSession {
  staff: StaffRecord;
  schoolId: string;
}

export function TeacherMode(props: { onExit: () => void }) {
  const kiosk = useKiosk();
  const { client, t } = kiosk;
  const [session, setSession] = useState<TeacherSession>();
  const [notice, setNotice] = useState<string>();
  useIdle(TEACHER_IDLE_MS, props.onExit);

  const loggedIn = useRef(false);
  useEffect(() => {
    loggedIn.current = session !== undefined;
  }, [session]);
  useEffect(
    () => () => {
      if (!loggedIn.current) return;
      void client.request('session:staff-logout', {}).catch(() => undefined);
      client.updateAuth({ staffSession: undefined });
    },
    [client],
  );

  const logout = useCallback(() => {
    void client.request('session:staff-logout', {}).catch(() => undefined);
    client.updateAuth({ staffSession: undefined });
    setSession(undefined);
    setNotice(undefined);
  }, [client]);
  const sessionLost = useCallback(() => {
    client.updateAuth({ staffSession: undefined });
    setSession(undefined);
    setNotice(t('teacher.error.sessionLost'));
  }, [client, t]);

  if (!session)
    return (
      <LoginScreen
        notice={notice}
        onLoggedIn={(next) => {
          setNotice(undefined);
          setSession(next);
        }}
        onExit={props.onExit}
      />
    );
  return (
    <TeacherShell session={session} onLogout={logout} onSessionLost={sessionLost} onExit={props.onExit} />
  );
}
