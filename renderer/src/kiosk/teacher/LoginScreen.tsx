// The teacher's login: username and password typed on the kiosk, sent on the
// kiosk's own connection so every request after it is the teacher's.
import { useState, type FormEvent } from 'react';
import { AppError } from '@hhc/common/result';
import { useKiosk } from '../KioskContext';
import { deviceTokenFor, rememberDeviceToken } from './deviceTokens';
import { errorText } from './errors';
import type { TeacherSession } from './TeacherMode';
import './teacher.css';

export function LoginScreen(props: {
  notice: string | undefined;
  onLoggedIn: (session: TeacherSession) => void;
  onExit: () => void;
}) {
  const { client, data, t } = useKiosk();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const name = username.trim();
      const deviceToken = deviceTokenFor(name);
      const result = await client.request('session:staff-login', {
        username: name,
        password,
        ...(deviceToken ? { deviceToken } : {}),
      });
      rememberDeviceToken(name, result.deviceToken);
      client.updateAuth({ staffSession: result.sessionToken });
      const kioskSchool = data?.school.id;
      const schoolId = result.staff.schoolId ?? kioskSchool;
      // A teacher manages the school this kiosk belongs to, not another one from here.
      if (!schoolId || (kioskSchool && schoolId !== kioskSchool)) {
        await client.request('session:staff-logout', {}).catch(() => undefined);
        client.updateAuth({ staffSession: undefined });
        setError(t('teacher.login.otherSchool'));
        return;
      }
      props.onLoggedIn({ staff: result.staff, schoolId });
    } catch (failure) {
      setPassword('');
      setError(failure instanceof AppError ? errorText(failure, t) : t('teacher.error.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="teacher teacher--login" data-testid="teacher-mode">
      <form className="t-login" onSubmit={(event) => void submit(event)}>
        <h1 className="t-login__title">{t('teacher.login.title')}</h1>
        {data && <p className="t-muted">{data.school.name}</p>}
        {props.notice && <p className="t-status t-status--error">{props.notice}</p>}
        <label className="t-field">
          <span className="t-field__label">{t('teacher.login.username')}</span>
          <input
            className="t-input"
            data-testid="teacher-username"
            autoComplete="username"
            autoCapitalize="off"
            autoFocus
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label className="t-field">
          <span className="t-field__label">{t('teacher.login.password')}</span>
          <input
            className="t-input"
            data-testid="teacher-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {error && (
          <p className="t-status t-status--error" role="alert" data-testid="teacher-login-error">
            {error}
          </p>
        )}
        <div className="t-row">
          <button
            type="submit"
            className="t-button t-button--primary"
            data-testid="teacher-login"
            disabled={busy || !username.trim() || !password}
          >
            {t('teacher.login.submit')}
          </button>
          <button type="button" className="t-button" data-testid="teacher-exit" onClick={props.onExit}>
            {t('teacher.backToChildren')}
          </button>
        </div>
      </form>
    </main>
  );
}
