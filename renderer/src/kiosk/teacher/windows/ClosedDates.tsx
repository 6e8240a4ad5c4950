// Days without calls (holidays, exams): no slots are offered on them.
import { useCallback, useState } from 'react';
import { useTeacher } from '../TeacherContext';
import { Button, Card, Field, Loading, Status } from '../ui';
import { useAction, useLoad } from '../useRequest';

export function ClosedDates() {
  const { kiosk, schoolId } = useTeacher();
  const { client, t } = kiosk;
  const dates = useLoad(
    useCallback(() => client.request('closed-date:list', { schoolId }), [client, schoolId]),
  );
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const action = useAction();
  const add = async () => {
    const done = await action.run(
      () => client.request('closed-date:add', { schoolId, date, reason: reason.trim() }),
      t('teacher.saved'),
    );
    if (!done) return;
    setDate('');
    setReason('');
    dates.reload();
  };
  const remove = async (day: string) => {
    if (await action.run(() => client.request('closed-date:remove', { schoolId, date: day }))) dates.reload();
  };
  const sorted = [...(dates.value ?? [])].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <Card title={t('teacher.closed.title')} testId="closed-dates">
      <Loading loading={dates.loading && !dates.value} error={dates.error} />
      {sorted.length === 0 && dates.value && <p className="t-muted">{t('teacher.closed.none')}</p>}
      <ul className="t-rows">
        {sorted.map((closed) => (
          <li key={closed.date} className="t-rows__item" data-testid="closed-date">
            <span className="t-rows__main">
              <strong>{closed.date}</strong> {closed.reason}
            </span>
            <Button small onClick={() => void remove(closed.date)}>
              {t('teacher.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <div className="t-grid2">
        <Field label={t('teacher.closed.date')}>
          <input
            className="t-input"
            type="date"
            data-testid="closed-date-input"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </Field>
        <Field label={t('teacher.closed.reason')}>
          <input
            className="t-input"
            value={reason}
            maxLength={100}
            placeholder={t('teacher.closed.reasonExample')}
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
      </div>
      <Button tone="primary" disabled={action.busy || !date} onClick={() => void add()}>
        {t('teacher.closed.add')}
      </Button>
      <Status action={action} />
    </Card>
  );
}
