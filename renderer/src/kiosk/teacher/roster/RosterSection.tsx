// The roster: children by class on the left, the chosen child (or a new one,
// or the CSV import) on the right. Children without consent stand out: they
// cannot be booked until a teacher records it.
import { useMemo, useState } from 'react';
import type { ChildRecord } from '@hhc/common/records';
import { Picture } from '../Picture';
import { useTeacher } from '../TeacherContext';
import { Button } from '../ui';
import { ChildDetail } from './ChildDetail';
import { ChildForm } from './ChildForm';
import { RosterImport } from './RosterImport';

type Pane = { kind: 'child'; childId: string } | { kind: 'new' } | { kind: 'import' } | undefined;

export function byClass(children: readonly ChildRecord[]): Array<[string, ChildRecord[]]> {
  const classes = new Map<string, ChildRecord[]>();
  for (const child of [...children].sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'))) {
    classes.set(child.className, [...(classes.get(child.className) ?? []), child]);
  }
  return [...classes].sort(([a], [b]) => a.localeCompare(b, 'zh-CN'));
}

export function RosterSection() {
  const { children, kiosk } = useTeacher();
  const { t } = kiosk;
  const [pane, setPane] = useState<Pane>();
  const [showArchived, setShowArchived] = useState(false);
  const shown = useMemo(
    () => byClass(children.filter((child) => showArchived || !child.archived)),
    [children, showArchived],
  );
  const selected = pane?.kind === 'child' ? children.find((c) => c.id === pane.childId) : undefined;
  const withoutConsent = children.filter((c) => !c.archived && !c.consent).length;

  return (
    <div className="t-split" data-testid="teacher-roster">
      <aside className="t-split__list">
        <div className="t-row">
          <Button tone="primary" testId="child-new" onClick={() => setPane({ kind: 'new' })}>
            {t('teacher.roster.new')}
          </Button>
          <Button testId="roster-import-open" onClick={() => setPane({ kind: 'import' })}>
            {t('teacher.roster.import')}
          </Button>
        </div>
        <label className="t-check">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(event) => setShowArchived(event.target.checked)}
          />
          {t('teacher.roster.showArchived')}
        </label>
        {withoutConsent > 0 && (
          <p className="t-status t-status--warn">
            {t('teacher.roster.withoutConsent', { count: String(withoutConsent) })}
          </p>
        )}
        {shown.length === 0 && <p className="t-muted">{t('teacher.roster.empty')}</p>}
        {shown.map(([className, members]) => (
          <div key={className} className="t-class">
            <h3 className="t-class__name">
              {className} <span className="t-muted">({members.length})</span>
            </h3>
            <ul className="t-list">
              {members.map((child) => (
                <li key={child.id}>
                  <button
                    className={`t-list__item${selected?.id === child.id ? ' t-list__item--active' : ''}`}
                    data-testid="roster-child"
                    data-name={child.displayName}
                    onClick={() => setPane({ kind: 'child', childId: child.id })}
                  >
                    <Picture kind="avatar" name={child.avatar} />
                    <span className="t-list__name">{child.displayName}</span>
                    {!child.consent && (
                      <span className="t-badge t-badge--danger">{t('teacher.roster.noConsent')}</span>
                    )}
                    {!child.hasPin && <span className="t-badge">{t('teacher.roster.noPin')}</span>}
                    {child.archived && <span className="t-badge">{t('teacher.roster.archived')}</span>}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </aside>
      <div className="t-split__detail">
        {pane?.kind === 'new' && (
          <ChildForm key="new" onSaved={(child) => setPane({ kind: 'child', childId: child.id })} />
        )}
        {pane?.kind === 'import' && <RosterImport />}
        {selected && <ChildDetail key={selected.id} child={selected} onDeleted={() => setPane(undefined)} />}
        {!pane && <p className="t-muted t-hint-big">{t('teacher.roster.pick')}</p>}
      </div>
    </div>
  );
}
