// A child's brothers and sisters at the school (one family): who they are, add
// one by picking another child, or take one out of the family. Siblings may
// share a call at one kiosk, and the family's guardians may be called together.
import { useState } from 'react';
import type { ChildRecord } from '@hhc/common/records';
import { siblingsOf } from '../family';
import { Picture } from '../Picture';
import { useTeacher } from '../TeacherContext';
import { Button, Card, ConfirmButton, Status } from '../ui';
import { useAction } from '../useRequest';
import { byClass } from './RosterSection';

export function SiblingsCard(props: { child: ChildRecord }) {
  const { kiosk, children, reloadChildren } = useTeacher();
  const { client, t } = kiosk;
  const { child } = props;
  const [picked, setPicked] = useState('');
  const action = useAction();
  const siblings = siblingsOf(children, child.id, { archived: true });
  const candidates = byClass(
    children.filter((c) => c.id !== child.id && !c.archived && !siblings.some((s) => s.id === c.id)),
  );

  // The picked child joins this child's family (this child keeps its brothers and sisters).
  const add = async () => {
    const done = await action.run(
      () => client.request('child:set-family', { childId: picked, siblingOf: child.id }),
      t('teacher.family.added'),
    );
    if (!done) return;
    setPicked('');
    reloadChildren();
  };
  const remove = async (sibling: ChildRecord) => {
    const done = await action.run(
      () => client.request('child:set-family', { childId: sibling.id, siblingOf: null }),
      t('teacher.family.removed'),
    );
    if (done) reloadChildren();
  };

  return (
    <Card title={t('teacher.family.title')} testId="siblings">
      <p className="t-muted">{t('teacher.family.help')}</p>
      {siblings.length === 0 && <p data-testid="no-siblings">{t('teacher.family.none')}</p>}
      <ul className="t-rows">
        {siblings.map((sibling) => (
          <li
            key={sibling.id}
            className="t-rows__item"
            data-testid="sibling-row"
            data-name={sibling.displayName}
          >
            <Picture kind="avatar" name={sibling.avatar} />
            <span className="t-rows__main">
              <strong>{sibling.displayName}</strong> <span className="t-muted">{sibling.className}</span>
              {sibling.archived && <span className="t-badge">{t('teacher.roster.archived')}</span>}
            </span>
            <ConfirmButton
              label={t('teacher.family.remove')}
              question={t('teacher.family.removeQuestion', { name: sibling.displayName })}
              testId="sibling-remove"
              disabled={action.busy}
              onConfirm={() => void remove(sibling)}
            />
          </li>
        ))}
      </ul>
      <div className="t-row">
        <select
          className="t-input"
          data-testid="sibling-pick"
          aria-label={t('teacher.family.pick')}
          value={picked}
          onChange={(e) => setPicked(e.target.value)}
        >
          <option value="">{t('teacher.family.pick')}</option>
          {candidates.map(([className, members]) => (
            <optgroup key={className} label={className}>
              {members.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.displayName}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <Button
          tone="primary"
          testId="sibling-add"
          disabled={action.busy || !picked}
          onClick={() => void add()}
        >
          {t('teacher.family.add')}
        </Button>
      </div>
      <Status action={action} />
    </Card>
  );
}
