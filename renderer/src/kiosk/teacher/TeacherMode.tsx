// Teacher mode (first version): a way back to child mode. Login, roster,
// windows, bookings, links, logs and reports are built here.
import { useKiosk } from '../KioskContext';

export function TeacherMode(props: { onExit: () => void }) {
  const { t } = useKiosk();
  return (
    <main className="page page--kiosk" data-testid="teacher-mode">
      <h1 className="page__title">{t('teacher.placeholder')}</h1>
      <button className="button" data-testid="teacher-exit" onClick={props.onExit}>
        {t('call.leave')}
      </button>
    </main>
  );
}
