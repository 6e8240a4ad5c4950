// This kiosk: which server and school it belongs to, the school's booking
// rules and voice message settings, and unpairing (for moving the PC or replacing it).
import { useCallback, useState } from 'react';
import { useTeacher } from '../TeacherContext';
import { Card, ConfirmButton } from '../ui';
import { useLoad } from '../useRequest';
import { useServerUrl } from '../useServerUrl';
import { PolicyForm } from './PolicyForm';
import { MessageSettingsForm } from './MessageSettingsForm';

export function SettingsSection() {
  const { kiosk, school } = useTeacher();
  const { client, bridge, t, connection, unpair } = kiosk;
  const serverUrl = useServerUrl();
  const whoami = useLoad(useCallback(() => client.request('session:whoami', {}), [client]));
  const info = useLoad(
    useCallback(async () => {
      const result = await bridge?.info();
      return result?.ok ? result.value : undefined;
    }, [bridge]),
  );
  const [unpairing, setUnpairing] = useState(false);

  const doUnpair = async () => {
    setUnpairing(true);
    await client.request('session:staff-logout', {}).catch(() => undefined);
    unpair();
  };

  return (
    <div className="t-columns" data-testid="teacher-settings">
      <Card title={t('teacher.settings.kiosk')} testId="kiosk-info">
        <dl className="t-facts">
          <dt>{t('teacher.settings.server')}</dt>
          <dd data-testid="settings-server">{serverUrl}</dd>
          <dt>{t('teacher.settings.kioskName')}</dt>
          <dd data-testid="settings-kiosk-name">{whoami.value?.kiosk?.name ?? '—'}</dd>
          <dt>{t('teacher.settings.school')}</dt>
          <dd>{school?.name ?? kiosk.data?.school.name ?? '—'}</dd>
          <dt>{t('teacher.settings.timeZone')}</dt>
          <dd>{school?.timeZone ?? kiosk.data?.school.timeZone ?? '—'}</dd>
          <dt>{t('teacher.settings.connection')}</dt>
          <dd>{t(`teacher.connection.${connection}`)}</dd>
          {info.value && (
            <>
              <dt>{t('teacher.settings.version')}</dt>
              <dd>{info.value.appVersion}</dd>
            </>
          )}
        </dl>
        <p className="t-muted">{t('teacher.settings.unpairHelp')}</p>
        <ConfirmButton
          label={t('teacher.settings.unpair')}
          question={t('teacher.settings.unpairQuestion')}
          testId="unpair"
          disabled={unpairing}
          onConfirm={() => void doUnpair()}
        />
      </Card>
      <PolicyForm />
      <MessageSettingsForm />
    </div>
  );
}
