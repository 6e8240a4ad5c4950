// Do calls with a book, a drawing or talking cards last longer? The month's
// completed calls with and without an activity, and per activity.
import { useCallback } from 'react';
import { useTeacher } from '../TeacherContext';
import { Card, Loading } from '../ui';
import { useLoad } from '../useRequest';

const lines = ['without', 'with', 'book', 'draw', 'cards'] as const;

export function ActivityReport(props: { month: string; validMonth: boolean }) {
  const { kiosk, schoolId } = useTeacher();
  const { client, t } = kiosk;
  const { month, validMonth } = props;
  const report = useLoad(
    useCallback(
      async () => (validMonth ? client.request('report:activities', { schoolId, month }) : undefined),
      [client, schoolId, month, validMonth],
    ),
  );
  const value = report.value;
  const lineOf = (key: (typeof lines)[number]) =>
    value === undefined
      ? undefined
      : key === 'without'
        ? value.withoutActivity
        : key === 'with'
          ? value.withActivity
          : value[key];
  return (
    <Card title={t('teacher.activities.title')} testId="report-activities" wide>
      <p className="t-muted">{t('teacher.activities.help')}</p>
      <Loading loading={report.loading && !value} error={report.error} />
      {value && (
        <table className="t-table">
          <thead>
            <tr>
              <th>{t('teacher.activities.kind')}</th>
              <th>{t('teacher.activities.calls')}</th>
              <th>{t('teacher.activities.average')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((key) => {
              const line = lineOf(key);
              return (
                <tr key={key} data-testid={`activity-row-${key}`}>
                  <td>{t(`teacher.activities.${key}`)}</td>
                  <td>{line?.calls ?? 0}</td>
                  <td>{line?.averageMinutes ?? '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {value && value.drawingsKept > 0 && (
        <p className="t-muted">{t('teacher.activities.kept', { count: String(value.drawingsKept) })}</p>
      )}
    </Card>
  );
}
