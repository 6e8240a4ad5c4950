// Archive (the child leaves the kiosk's list but keeps their history), export
// everything about the child, or delete it all: deletion asks for the name typed.
import { useState } from 'react';
import type { ChildRecord } from '@hhc/common/records';
import { childExportFilename, saveBlob } from '../download';
import { useTeacher } from '../TeacherContext';
import { Button, Card, Field, Status } from '../ui';
import { useAction } from '../useRequest';
import { instantToZoned } from '../zonedTime';

export function ChildPrivacy(props: { child: ChildRecord; onDeleted: () => void }) {
  const { kiosk, reloadChildren, timeZone } = useTeacher();
  const { client, t } = kiosk;
  const { child } = props;
  const action = useAction();
  const [typedName, setTypedName] = useState('');

  const archive = async () => {
    const saved = await action.run(
      () => client.request('child:update', { childId: child.id, archived: !child.archived }),
      child.archived ? t('teacher.child.restored') : t('teacher.child.archivedDone'),
    );
    if (saved) reloadChildren();
  };
  const exportData = async () => {
    const data = await action.run(
      () => client.request('child:export', { childId: child.id }),
      t('teacher.child.exported'),
    );
    if (!data) return;
    const today = instantToZoned(Date.now(), timeZone).date;
    saveBlob(
      new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
      childExportFilename(child.displayName, today),
    );
  };
  const remove = async () => {
    const done = await action.run(() =>
      client.request('child:delete', { childId: child.id, confirmName: typedName.trim() }),
    );
    if (!done) return;
    reloadChildren();
    props.onDeleted();
  };

  return (
    <Card title={t('teacher.child.privacy')} testId="child-privacy">
      <div className="t-row">
        <Button testId="child-archive" disabled={action.busy} onClick={() => void archive()}>
          {child.archived ? t('teacher.child.restore') : t('teacher.child.archive')}
        </Button>
        <Button testId="child-export" disabled={action.busy} onClick={() => void exportData()}>
          {t('teacher.child.export')}
        </Button>
      </div>
      <Field label={t('teacher.child.deleteTypeName', { name: child.displayName })}>
        <input
          className="t-input"
          data-testid="child-delete-name"
          value={typedName}
          onChange={(event) => setTypedName(event.target.value)}
        />
      </Field>
      <Button
        tone="danger"
        testId="child-delete"
        disabled={action.busy || typedName.trim() !== child.displayName}
        onClick={() => void remove()}
      >
        {t('teacher.child.delete')}
      </Button>
      <p className="t-muted">{t('teacher.child.deleteHint')}</p>
      <Status action={action} />
    </Card>
  );
}
