// A new child (name, class, picture, and optionally the PIN and consent at
// once), or the same fields of an existing child.
import { useState } from 'react';
import { avatars } from '@hhc/common/avatars';
import type { ChildRecord } from '@hhc/common/records';
import { useTeacher } from '../TeacherContext';
import { Button, Card, Field, Status } from '../ui';
import { useAction } from '../useRequest';
import { instantToZoned } from '../zonedTime';
import { AvatarPicker } from './AvatarPicker';
import { PIN_LENGTH, PinPicker } from './PinPicker';

export function ChildForm(props: { child?: ChildRecord; onSaved?: (child: ChildRecord) => void }) {
  const { kiosk, schoolId, children, reloadChildren, timeZone } = useTeacher();
  const { client, t } = kiosk;
  const editing = props.child;
  const [name, setName] = useState(editing?.displayName ?? '');
  const [className, setClassName] = useState(editing?.className ?? '');
  const [avatar, setAvatar] = useState<string>(editing?.avatar ?? avatars[0]);
  const [pin, setPin] = useState<number[]>([]);
  const [consentDate, setConsentDate] = useState(instantToZoned(Date.now(), timeZone).date);
  const [consentBy, setConsentBy] = useState('');
  const action = useAction();
  const classes = [...new Set(children.map((c) => c.className))].sort();
  const pinReady = pin.length === 0 || pin.length === PIN_LENGTH;

  const save = async () => {
    const saved = await action.run(async () => {
      if (editing) {
        return client.request('child:update', {
          childId: editing.id,
          displayName: name.trim(),
          className: className.trim(),
          avatar,
        });
      }
      const created = await client.request('child:create', {
        schoolId,
        displayName: name.trim(),
        className: className.trim(),
        avatar,
        ...(pin.length === PIN_LENGTH ? { pin } : {}),
      });
      if (!consentBy.trim()) return created;
      return client.request('child:record-consent', {
        childId: created.id,
        date: consentDate,
        givenBy: consentBy.trim(),
      });
    }, t('teacher.saved'));
    if (!saved) return;
    reloadChildren();
    props.onSaved?.(saved);
  };

  return (
    <Card title={editing ? t('teacher.child.edit') : t('teacher.roster.new')} testId="child-form">
      <div className="t-grid2">
        <Field label={t('teacher.child.name')}>
          <input
            className="t-input"
            data-testid="child-name"
            value={name}
            maxLength={40}
            onChange={(event) => setName(event.target.value)}
          />
        </Field>
        <Field label={t('teacher.child.class')}>
          <input
            className="t-input"
            data-testid="child-class"
            list="t-classes"
            value={className}
            maxLength={40}
            onChange={(event) => setClassName(event.target.value)}
          />
          <datalist id="t-classes">
            {classes.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </Field>
      </div>
      <Field label={t('teacher.child.avatar')}>
        <AvatarPicker value={avatar} onChange={setAvatar} />
      </Field>
      {!editing && (
        <>
          <Field label={t('teacher.child.pinOptional')}>
            <PinPicker value={pin} onChange={setPin} />
          </Field>
          <div className="t-grid2">
            <Field label={t('teacher.consent.date')}>
              <input
                className="t-input"
                type="date"
                data-testid="consent-date"
                value={consentDate}
                onChange={(event) => setConsentDate(event.target.value)}
              />
            </Field>
            <Field label={t('teacher.consent.givenByOptional')}>
              <input
                className="t-input"
                data-testid="consent-by"
                value={consentBy}
                maxLength={40}
                onChange={(event) => setConsentBy(event.target.value)}
              />
            </Field>
          </div>
        </>
      )}
      <div className="t-row">
        <Button
          tone="primary"
          testId="child-save"
          disabled={action.busy || !name.trim() || !className.trim() || !pinReady}
          onClick={() => void save()}
        >
          {t('teacher.save')}
        </Button>
      </div>
      <Status action={action} />
    </Card>
  );
}
