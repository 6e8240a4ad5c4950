// After login: the header (school, teacher, log out, back to child mode), the
// tab bar, and the school and children every section reads.
import { useCallback, useMemo, useState } from 'react';
import type { MessageKey } from '@hhc/common/i18n';
import { useKiosk } from '../KioskContext';
import { BookingsSection } from './bookings/BookingsSection';
import { errorText, isSessionLost } from './errors';
import { LinksSection } from './links/LinksSection';
import { MessagesSection } from './messages/MessagesSection';
import { CallLogSection } from './logs/CallLogSection';
import { ReportsSection } from './reports/ReportsSection';
import { RosterSection } from './roster/RosterSection';
import { SettingsSection } from './settings/SettingsSection';
import { TeacherContext, type TeacherContextValue } from './TeacherContext';
import type { TeacherSession } from './TeacherMode';
import { useLoadOnce } from './useLoadOnce';
import { WindowsSection } from './windows/WindowsSection';
import './teacher.css';

const sections = [
  'roster',
  'windows',
  'bookings',
  'links',
  'messages',
  'logs',
  'reports',
  'settings',
] as const;
type Section = (typeof sections)[number];

const sectionViews: Record<Section, () => React.JSX.Element> = {
  roster: RosterSection,
  windows: WindowsSection,
  bookings: BookingsSection,
  links: LinksSection,
  messages: MessagesSection,
  logs: CallLogSection,
  reports: ReportsSection,
  settings: SettingsSection,
};

export function TeacherShell(props: {
  session: TeacherSession;
  onLogout: () => void;
  onSessionLost: () => void;
  onExit: () => void;
}) {
  const kiosk = useKiosk();
  const { client, t } = kiosk;
  const { schoolId } = props.session;
  const { onSessionLost } = props;
  const [section, setSection] = useState<Section>('roster');

  const describeError = useCallback(
    (error: unknown) => {
      if (isSessionLost(error)) setTimeout(onSessionLost, 0); // not while React is rendering a setState
      return errorText(error, t);
    },
    [t, onSessionLost],
  );
  const school = useLoadOnce(
    useCallback(() => client.request('school:get', { schoolId }), [client, schoolId]),
    describeError,
  );
  const children = useLoadOnce(
    useCallback(() => client.request('child:list', { schoolId, includeArchived: true }), [client, schoolId]),
    describeError,
  );
  const { refresh } = kiosk;
  const reloadChildren = children.reload;
  const value = useMemo<TeacherContextValue>(
    () => ({
      kiosk,
      staff: props.session.staff,
      schoolId,
      school: school.value,
      timeZone: school.value?.timeZone ?? kiosk.data?.school.timeZone ?? 'Asia/Shanghai',
      children: children.value ?? [],
      reloadSchool: school.reload,
      reloadChildren: () => {
        reloadChildren();
        refresh();
      },
      describeError,
    }),
    [
      kiosk,
      props.session.staff,
      schoolId,
      school.value,
      school.reload,
      children.value,
      reloadChildren,
      refresh,
      describeError,
    ],
  );
  const View = sectionViews[section];
  const loadError = school.error ?? children.error;

  return (
    <TeacherContext.Provider value={value}>
      <main className="teacher" data-testid="teacher-mode">
        <header className="t-header">
          <h1 className="t-header__title">
            {t('teacher.title')}
            <span className="t-header__school">{school.value?.name ?? kiosk.data?.school.name}</span>
          </h1>
          <span className="t-header__who" data-testid="teacher-name">
            {props.session.staff.displayName}
          </span>
          {kiosk.offline && <span className="t-badge t-badge--warn">{t('teacher.offline')}</span>}
          <button className="t-button" data-testid="teacher-logout" onClick={props.onLogout}>
            {t('teacher.logout')}
          </button>
          <button className="t-button t-button--primary" data-testid="teacher-exit" onClick={props.onExit}>
            {t('teacher.backToChildren')}
          </button>
        </header>
        <nav className="t-tabs" role="tablist">
          {sections.map((name) => (
            <button
              key={name}
              role="tab"
              aria-selected={section === name}
              className={`t-tab${section === name ? ' t-tab--active' : ''}`}
              data-testid={`teacher-tab-${name}`}
              onClick={() => setSection(name)}
            >
              {t(`teacher.tab.${name}` satisfies MessageKey)}
            </button>
          ))}
        </nav>
        <div className="t-body">
          {kiosk.pinAlerts.map((alert) => (
            <p key={alert.childId} className="t-status t-status--warn" role="alert" data-testid="pin-alert">
              {t('teacher.pinLocked', { name: alert.displayName, kiosk: alert.kioskName })}
              <button className="t-button" onClick={() => kiosk.dismissPinAlert(alert.childId)}>
                {t('teacher.dismiss')}
              </button>
            </p>
          ))}
          {loadError && <p className="t-status t-status--error">{loadError}</p>}
          <View />
        </div>
      </main>
    </TeacherContext.Provider>
  );
}
