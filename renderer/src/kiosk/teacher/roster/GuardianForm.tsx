// Adding or changing one guardian. The phone is optional (11-digit mobile number).
import { useState } from 'react';
import { guardianRelations, type GuardianRelation } from '@hhc/common/domain';
import type { GuardianRecord } from '@hhc/common/records';
import { useTeacher } from '../TeacherContext';
import { Button, Chips, Field, Status } from '../ui';
import { useAction } from '../useRequest';
import { isMobile, normalisePhone } from './phone';

export function GuardianForm(props: {
  childId: string;
  guardian?: GuardianRecord;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { client, t } = useTeacher().kiosk;
  const [relation, setRelation] = useState<GuardianRelation>(props.guardian?.relation ?? 'mother');
  const [name, setName] = useState(props.guardian?.displayName ?? '');
  const [phone, setPhone] = useState(props.guardian?.phone ?? '');
  const action = useAction();
  const phoneValue = normalisePhone(phone);
  const phoneOk = phoneValue === '' || isMobile(phoneValue);

  const save = async () => {
    const fields = { relation, displayName: name.trim(), phone: phoneValue || null };
    const saved = await action.run(() =>
      props.guardian
        ? client.request('guardian:update', { guardianId: props.guardian.id, ...fields })
        : client.request('guardian:create', { childId: props.childId, ...fields }),
    );
    if (saved) props.onDone();
  };

  return (
    <div className="t-subform" data-testid="guardian-form">
      <Field label={t('teacher.guardian.relation')}>
        <Chips
          options={guardianRelations}
          value={relation}
          onPick={setRelation}
          label={(value) => t(`relation.${value}`)}
          testId={(value) => `relation-${value}`}
        />
      </Field>
      <div className="t-grid2">
        <Field label={t('teacher.guardian.name')}>
          <input
            className="t-input"
            data-testid="guardian-name"
            value={name}
            maxLength={40}
            onChange={(event) => setName(event.target.value)}
          />
        </Field>
        <Field
          label={t('teacher.guardian.phone')}
          hint={phoneOk ? undefined : t('teacher.guardian.phoneInvalid')}
        >
          <input
            className="t-input"
            data-testid="guardian-phone"
            inputMode="tel"
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
          />
        </Field>
      </div>
      <div className="t-row">
        <Button
          tone="primary"
          testId="guardian-save"
          disabled={action.busy || !name.trim() || !phoneOk}
          onClick={() => void save()}
        >
          {t('teacher.save')}
        </Button>
        <Button onClick={props.onCancel}>{t('teacher.cancel')}</Button>
      </div>
      <Status action={action} />
    </div>
  );
}
