// A child's guardians: relation, name, an optional mobile number, and their
// consent for voice messages (MessageConsent).
import { useCallback, useState } from 'react';
import type { ChildRecord, GuardianRecord } from '@hhc/common/records';
import { useTeacher } from '../TeacherContext';
import { Button, Card, ConfirmButton, Loading, Status } from '../ui';
import { useAction, useLoad } from '../useRequest';
import { GuardianForm } from './GuardianForm';
import { MessageConsent, useMessageConsents } from './MessageConsent';

export function GuardianList(props: { child: ChildRecord }) {
  const { kiosk } = useTeacher();
  const { client, t } = kiosk;
  const childId = props.child.id;
  const guardians = useLoad(
    useCallback(() => client.request('guardian:list', { childId }), [client, childId]),
  );
  const consents = useMessageConsents(childId);
  const [editing, setEditing] = useState<GuardianRecord | 'new'>();
  const action = useAction();
  const remove = async (guardian: GuardianRecord) => {
    const done = await action.run(
      () => client.request('guardian:delete', { guardianId: guardian.id }),
      t('teacher.guardian.deleted'),
    );
    if (done) guardians.reload();
  };

  return (
    <Card title={t('teacher.guardian.title')} testId="guardians">
      <Loading loading={guardians.loading && !guardians.value} error={guardians.error} />
      {guardians.value?.length === 0 && (
        <p className="t-status t-status--warn">{t('teacher.guardian.none')}</p>
      )}
      <ul className="t-rows">
        {guardians.value?.map((guardian) => (
          <li key={guardian.id} className="t-rows__item" data-testid="guardian-row">
            <span className="t-rows__main">
              <strong>{t(`relation.${guardian.relation}`)}</strong> {guardian.displayName}
              {guardian.phone && <span className="t-muted"> · {guardian.phone}</span>}
            </span>
            <Button small onClick={() => setEditing(guardian)}>
              {t('teacher.edit')}
            </Button>
            <ConfirmButton
              label={t('teacher.delete')}
              question={t('teacher.guardian.deleteQuestion', { name: guardian.displayName })}
              onConfirm={() => void remove(guardian)}
            />
            <MessageConsent
              guardian={guardian}
              consent={consents.value?.find((consent) => consent.guardianId === guardian.id)}
              onChanged={consents.reload}
            />
          </li>
        ))}
      </ul>
      {editing ? (
        <GuardianForm
          key={editing === 'new' ? 'new' : editing.id}
          childId={childId}
          guardian={editing === 'new' ? undefined : editing}
          onDone={() => {
            setEditing(undefined);
            guardians.reload();
            consents.reload();
          }}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <Button tone="primary" testId="guardian-new" onClick={() => setEditing('new')}>
          {t('teacher.guardian.new')}
        </Button>
      )}
      <Status action={action} />
    </Card>
  );
}
