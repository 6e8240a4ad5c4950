// Parent links, guardian by guardian: make a new one (shown once, with a QR
// code to photograph), copy it, or switch it off.
import { useState } from 'react';
import { Picture } from '../Picture';
import { byClass } from '../roster/RosterSection';
import { useTeacher } from '../TeacherContext';
import { Card, Loading } from '../ui';
import { useGuardians } from '../useGuardians';
import { useServerUrl } from '../useServerUrl';
import { FamilyLinks } from './FamilyLinks';
import { GuardianLinkRow } from './GuardianLinkRow';

export function LinksSection() {
  const { kiosk, children } = useTeacher();
  const { t } = kiosk;
  const current = children.filter((child) => !child.archived);
  const guardians = useGuardians(current);
  const serverUrl = useServerUrl();
  const [filter, setFilter] = useState('');
  const shown = byClass(current.filter((c) => !filter.trim() || c.displayName.includes(filter.trim())));

  return (
    <div className="t-stack" data-testid="teacher-links">
      <p className="t-muted">{t('teacher.links.help')}</p>
      {current.some((child) => child.familyId) && <p className="t-muted">{t('teacher.links.familyHelp')}</p>}
      <input
        className="t-input t-input--search"
        placeholder={t('teacher.links.search')}
        data-testid="links-search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <Loading loading={guardians.loading && !guardians.value} error={guardians.error} />
      {shown.map(([className, members]) => (
        <Card key={className} title={className}>
          {members.map((child) => (
            <div
              key={child.id}
              className="t-link-child"
              data-testid="link-child"
              data-name={child.displayName}
            >
              <div className="t-link-child__name">
                <Picture kind="avatar" name={child.avatar} />
                <strong>{child.displayName}</strong>
              </div>
              <FamilyLinks child={child} guardians={guardians.value} />
              <ul className="t-rows">
                {guardians.value?.get(child.id)?.length === 0 && (
                  <li className="t-muted">{t('teacher.guardian.none')}</li>
                )}
                {guardians.value?.get(child.id)?.map((guardian) => (
                  <GuardianLinkRow
                    key={guardian.id}
                    guardian={guardian}
                    serverUrl={serverUrl}
                    onChanged={guardians.reload}
                  />
                ))}
              </ul>
            </div>
          ))}
        </Card>
      ))}
    </div>
  );
}
