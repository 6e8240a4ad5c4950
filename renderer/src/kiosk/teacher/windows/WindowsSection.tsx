// The weekly call windows (when the room is open for calls) and the closed
// dates (holidays, exams) that take days out of them.
import { useCallback, useState } from 'react';
import type { CallWindow } from '@hhc/common/domain';
import { minutesToHhmm } from '../clock';
import { useTeacher } from '../TeacherContext';
import { Button, Card, ConfirmButton, Loading, Status } from '../ui';
import { useAction, useLoad } from '../useRequest';
import { ClosedDates } from './ClosedDates';
import { WindowForm } from './WindowForm';
import { weekdayKey } from './weekdays';

export function WindowsSection() {
  const { kiosk, schoolId } = useTeacher();
  const { client, t } = kiosk;
  const windows = useLoad(useCallback(() => client.request('window:list', { schoolId }), [client, schoolId]));
  const [editing, setEditing] = useState<CallWindow | 'new'>();
  const action = useAction();
  const sorted = [...(windows.value ?? [])].sort(
    (a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute,
  );
  const remove = async (window: CallWindow) => {
    if (
      await action.run(() => client.request('window:delete', { windowId: window.id }), t('teacher.deleted'))
    )
      windows.reload();
  };

  return (
    <div className="t-columns t-columns--main-side" data-testid="teacher-windows">
      <Card title={t('teacher.windows.title')} testId="windows">
        <Loading loading={windows.loading && !windows.value} error={windows.error} />
        {windows.value?.length === 0 && (
          <p className="t-status t-status--warn">{t('teacher.windows.none')}</p>
        )}
        <table className="t-table t-table--nowrap">
          <thead>
            <tr>
              <th>{t('teacher.windows.weekday')}</th>
              <th>{t('teacher.windows.time')}</th>
              <th>{t('teacher.windows.slot')}</th>
              <th>{t('teacher.windows.capacity')}</th>
              <th>{t('teacher.windows.valid')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {sorted.map((w) => (
              <tr key={w.id} data-testid="window-row">
                <td>{t(weekdayKey(w.weekday))}</td>
                <td>
                  {minutesToHhmm(w.startMinute)}–{minutesToHhmm(w.endMinute)}
                </td>
                <td>{t('teacher.minutes', { n: String(w.slotMinutes) })}</td>
                <td>{w.capacity}</td>
                <td>
                  {w.validFrom} – {w.validUntil ?? t('teacher.windows.openEnded')}
                </td>
                <td className="t-table__actions">
                  <Button small onClick={() => setEditing(w)}>
                    {t('teacher.edit')}
                  </Button>
                  <ConfirmButton
                    label={t('teacher.delete')}
                    question={t('teacher.windows.deleteQuestion')}
                    onConfirm={() => void remove(w)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Status action={action} />
        {editing ? (
          <WindowForm
            key={editing === 'new' ? 'new' : editing.id}
            window={editing === 'new' ? undefined : editing}
            onDone={() => {
              setEditing(undefined);
              windows.reload();
            }}
            onCancel={() => setEditing(undefined)}
          />
        ) : (
          <Button tone="primary" testId="window-new" onClick={() => setEditing('new')}>
            {t('teacher.windows.new')}
          </Button>
        )}
      </Card>
      <ClosedDates />
    </div>
  );
}
