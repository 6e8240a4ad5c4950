// Who needs a teacher's attention: children without a call for 30 days,
// guardians who missed their last two calls (MissedGuardiansReport), and the
// month in numbers. Each also as a CSV file for Excel.
import { useCallback, useState } from 'react';
import { useTeacher } from '../TeacherContext';
import { Card, Field, Loading } from '../ui';
import { useLoad } from '../useRequest';
import { instantToZoned } from '../zonedTime';
import { ActivityReport } from './ActivityReport';
import { CsvButton } from './CsvButton';
import { MissedGuardiansReport } from './MissedGuardiansReport';

/** "No call for 30 days" is the school's rule of thumb for a child to check on. */
export const INACTIVE_DAYS = 30;

export function ReportsSection() {
  const { kiosk, schoolId, timeZone } = useTeacher();
  const { client, t } = kiosk;
  const [month, setMonth] = useState(() => instantToZoned(Date.now(), timeZone).date.slice(0, 7));
  const inactive = useLoad(
    useCallback(
      () => client.request('report:inactive', { schoolId, days: INACTIVE_DAYS }),
      [client, schoolId],
    ),
  );
  const validMonth = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const monthly = useLoad(
    useCallback(
      async () => (validMonth ? client.request('report:monthly', { schoolId, month }) : []),
      [client, schoolId, month, validMonth],
    ),
  );
  const dateOf = (instant: number | null) =>
    instant === null ? t('teacher.reports.never') : instantToZoned(instant, timeZone).date;

  return (
    <div className="t-columns" data-testid="teacher-reports">
      <Card title={t('teacher.reports.inactive', { days: String(INACTIVE_DAYS) })} testId="report-inactive">
        <CsvButton report="inactive" />
        <Loading loading={inactive.loading && !inactive.value} error={inactive.error} />
        {inactive.value?.length === 0 && <p className="t-muted">{t('teacher.reports.nobody')}</p>}
        <ul className="t-rows">
          {inactive.value?.map((row) => (
            <li key={row.childId} className="t-rows__item" data-testid="inactive-row">
              <span className="t-rows__main">
                <strong>{row.displayName}</strong> <span className="t-muted">{row.className}</span>
              </span>
              <span>{t('teacher.reports.lastCall', { date: dateOf(row.lastCallAt) })}</span>
            </li>
          ))}
        </ul>
      </Card>
      <MissedGuardiansReport />
      <Card title={t('teacher.reports.monthly')} testId="report-monthly" wide>
        <div className="t-row">
          <Field label={t('teacher.reports.month')}>
            <input
              className="t-input"
              type="month"
              data-testid="report-month"
              value={month}
              onChange={(e) => setMonth(e.target.value)}
            />
          </Field>
          <CsvButton report="monthly" month={validMonth ? month : undefined} />
        </div>
        <Loading loading={monthly.loading && !monthly.value} error={monthly.error} />
        {monthly.value?.length === 0 && <p className="t-muted">{t('teacher.reports.noCalls')}</p>}
        {monthly.value && monthly.value.length > 0 && (
          <table className="t-table">
            <thead>
              <tr>
                <th>{t('teacher.child.class')}</th>
                <th>{t('teacher.child.name')}</th>
                <th>{t('teacher.reports.calls')}</th>
                <th>{t('teacher.reports.minutes')}</th>
              </tr>
            </thead>
            <tbody>
              {monthly.value.map((row) => (
                <tr key={row.childId} data-testid="monthly-row">
                  <td>{row.className}</td>
                  <td>{row.displayName}</td>
                  <td>{row.completedCalls}</td>
                  <td>{row.minutes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <ActivityReport month={month} validMonth={validMonth} />
    </div>
  );
}
