// Under a child in the links section: their brothers and sisters, and the
// family's guardians recorded with those siblings, each with whether their
// link works. A family call lets in every guardian of the family, each with
// their own link, so a teacher sees here who still needs one.
import type { ChildRecord, GuardianRecord } from '@hhc/common/records';
import { joinNames } from '@hhc/common/callPeople';
import { siblingsOf } from '../family';
import { useTeacher } from '../TeacherContext';

export function FamilyLinks(props: {
  child: ChildRecord;
  guardians: ReadonlyMap<string, readonly GuardianRecord[]> | undefined;
}) {
  const { kiosk, children } = useTeacher();
  const { t, locale } = kiosk;
  const siblings = siblingsOf(children, props.child.id);
  if (siblings.length === 0) return null;
  return (
    <div className="t-link-family" data-testid="link-family">
      <span>
        {t('teacher.links.siblings', {
          names: joinNames(
            siblings.map((s) => s.displayName),
            locale,
          ),
        })}
      </span>
      {siblings.map((sibling) => {
        const theirs = props.guardians?.get(sibling.id) ?? [];
        if (theirs.length === 0) return null;
        return (
          <span key={sibling.id} className="t-link-family__group">
            <span className="t-muted">{t('teacher.links.recordedWith', { name: sibling.displayName })}</span>
            {theirs.map((guardian) => (
              <span
                key={guardian.id}
                className={`t-badge${guardian.linkActive ? ' t-badge--ok' : ''}`}
                data-testid="link-family-guardian"
                data-name={guardian.displayName}
                data-link={guardian.linkActive ? 'active' : 'none'}
              >
                {t(`relation.${guardian.relation}`)} {guardian.displayName} ·{' '}
                {guardian.linkActive ? t('teacher.links.active') : t('teacher.links.none')}
              </span>
            ))}
          </span>
        );
      })}
    </div>
  );
}
