// A guardian's consent: its date and who gave it. Without it the child cannot be booked.
import { useState } from 'react';
import type { ChildRecord } from '@hhc/common/records';
import { useTeacher } from '../TeacherContext';
import { Button, Card, Field, Status } from '../ui';
import { useAction } from '../useRequest';
import { instantToZoned } from '../zonedTime';

export function ConsentCard(props: { child: ChildRecord }) {
  const { kiosk, reloadChildren, timeZone } = useTeacher();
  const { client, t } = kiosk;
  const { consent } = props.child;
  const [date, setDate] = useState(consent?.date ?? instantToZoned(Date.now(), timeZone).date);
  const [givenBy, setGivenBy] = useState(consent?.givenBy ?? '');
  const action = useAction();
  const save = async () => {
    const saved = await action.run(
      () =>
        client.request('child:record-consent', { childId: props.child.id, date, givenBy: givenBy.trim() }),
      t('teacher.saved'),
    );
    if (saved) reloadChildren();
  };
  return (
    <Card title={t('teacher.consent.title')} testId="consent-card">
      {consent ? (
        <p data-testid="consent-summary">
          {t('teacher.consent.summary', { date: consent.date, givenBy: consent.givenBy })}
        </p>
      ) : (
        <p className="t-status t-status--warn">{t('teacher.consent.missing')}</p>
      )}
      <div className="t-grid2">
        <Field label={t('teacher.consent.date')}>
          <input className="t-input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <Field label={t('teacher.consent.givenBy')}>
          <input
            className="t-input"
            value={givenBy}
            maxLength={40}
            onChange={(e) => setGivenBy(e.target.value)}
          />
        </Field>
      </div>
      <Button tone="primary" disabled={action.busy || !givenBy.trim() || !date} onClick={() => void save()}>
        {t('teacher.consent.record')}
      </Button>
      <Status action={action} />
    </Card>
  );
}
