// One child: details, picture-PIN, consent, guardians, brothers and sisters, and the data
// protection actions (archive, export, delete).
import type { ChildRecord } from '@hhc/common/records';
import { Picture } from '../Picture';
import { useTeacher } from '../TeacherContext';
import { ChildForm } from './ChildForm';
import { ChildPrivacy } from './ChildPrivacy';
import { ConsentCard } from './ConsentCard';
import { GuardianList } from './GuardianList';
import { PinCard } from './PinCard';
import { SiblingsCard } from './SiblingsCard';

export function ChildDetail(props: { child: ChildRecord; onDeleted: () => void }) {
  const { t } = useTeacher().kiosk;
  const { child } = props;
  return (
    <div className="t-stack" data-testid="child-detail">
      <div className="t-child-head">
        <Picture kind="avatar" name={child.avatar} size="large" />
        <div>
          <h2 className="t-child-head__name">{child.displayName}</h2>
          <p className="t-muted">{child.className}</p>
        </div>
        {child.consent ? (
          <span className="t-badge t-badge--ok">{t('teacher.roster.hasConsent')}</span>
        ) : (
          <span className="t-badge t-badge--danger" data-testid="no-consent">
            {t('teacher.roster.noConsentLong')}
          </span>
        )}
      </div>
      <ConsentCard child={child} />
      <GuardianList child={child} />
      <SiblingsCard child={child} />
      <PinCard child={child} />
      <ChildForm child={child} />
      <ChildPrivacy child={child} onDeleted={props.onDeleted} />
    </div>
  );
}
