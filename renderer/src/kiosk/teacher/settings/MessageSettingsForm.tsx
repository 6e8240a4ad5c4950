// The school's voice message settings: whether children and families may leave
// each other messages, video messages (off unless a school turns them on), and
// how many days messages are kept before they are deleted.
import { useCallback, useState } from 'react';
import type { MessageSettings } from '@hhc/common/api/messages';
import { useTeacher } from '../TeacherContext';
import { Button, Card, Field, Loading, Status } from '../ui';
import { useAction, useLoad } from '../useRequest';

export function MessageSettingsForm() {
  const { kiosk, schoolId } = useTeacher();
  const { client } = kiosk;
  // No changes named: the request answers with the settings as they are.
  const settings = useLoad(
    useCallback(() => client.request('message:settings', { schoolId }), [client, schoolId]),
  );
  if (!settings.value) return <Loading loading={settings.loading} error={settings.error} />;
  return <MessageSettingsFields key={JSON.stringify(settings.value)} saved={settings.value} />;
}

function MessageSettingsFields(props: { saved: MessageSettings }) {
  const { kiosk, schoolId } = useTeacher();
  const { client, t } = kiosk;
  const [settings, setSettings] = useState(props.saved);
  const action = useAction();
  const valid =
    Number.isInteger(settings.retentionDays) && settings.retentionDays >= 1 && settings.retentionDays <= 365;
  const save = async () => {
    const saved = await action.run(
      () => client.request('message:settings', { schoolId, ...settings }),
      t('teacher.saved'),
    );
    if (saved) setSettings(saved);
  };

  return (
    <Card title={t('teacher.messageSettings.title')} testId="message-settings">
      <label className="t-check">
        <input
          type="checkbox"
          data-testid="message-settings-allowed"
          checked={settings.allowed}
          onChange={(e) => setSettings({ ...settings, allowed: e.target.checked })}
        />
        {t('teacher.messageSettings.allowed')}
      </label>
      <label className="t-check">
        <input
          type="checkbox"
          data-testid="message-settings-video"
          checked={settings.videoAllowed}
          onChange={(e) => setSettings({ ...settings, videoAllowed: e.target.checked })}
        />
        {t('teacher.messageSettings.video')}
      </label>
      <Field label={t('teacher.messageSettings.retention')}>
        <input
          className="t-input"
          type="number"
          min={1}
          max={365}
          data-testid="message-settings-retention"
          value={Number.isNaN(settings.retentionDays) ? '' : settings.retentionDays}
          onChange={(e) => setSettings({ ...settings, retentionDays: e.target.valueAsNumber })}
        />
      </Field>
      <p className="t-muted">{t('teacher.messageSettings.help')}</p>
      <Button
        tone="primary"
        testId="message-settings-save"
        disabled={action.busy || !valid}
        onClick={() => void save()}
      >
        {t('teacher.save')}
      </Button>
      <Status action={action} />
    </Card>
  );
}
