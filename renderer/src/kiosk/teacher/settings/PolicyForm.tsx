// The school's booking rules, which the server applies to every booking.
import { useState } from 'react';
import type { SchoolPolicy } from '@hhc/common/domain';
import { useTeacher } from '../TeacherContext';
import { Button, Card, Field, Status } from '../ui';
import { useAction } from '../useRequest';

export function PolicyForm() {
  const { school } = useTeacher();
  if (!school) return null;
  // Keyed by the saved policy so the form starts again from what the server holds.
  return <PolicyFields key={JSON.stringify(school.policy)} policy={school.policy} />;
}

function PolicyFields(props: { policy: SchoolPolicy }) {
  const { kiosk, schoolId, reloadSchool } = useTeacher();
  const { client, t } = kiosk;
  const [policy, setPolicy] = useState(props.policy);
  const action = useAction();
  const numbers = [
    ['minNoticeMinutes', 'teacher.policy.minNotice', 0, 7 * 24 * 60],
    ['maxCallsPerChildPerWeek', 'teacher.policy.maxCalls', 1, 14],
    ['joinEarlyMinutes', 'teacher.policy.joinEarly', 0, 60],
  ] as const;
  const valid = numbers.every(
    ([key, , min, max]) => Number.isInteger(policy[key]) && policy[key] >= min && policy[key] <= max,
  );
  const save = async () => {
    if (await action.run(() => client.request('school:update', { schoolId, policy }), t('teacher.saved')))
      reloadSchool();
  };

  return (
    <Card title={t('teacher.policy.title')} testId="policy">
      <label className="t-check">
        <input
          type="checkbox"
          data-testid="policy-approval"
          checked={policy.childBookingsNeedApproval}
          onChange={(e) => setPolicy({ ...policy, childBookingsNeedApproval: e.target.checked })}
        />
        {t('teacher.policy.approval')}
      </label>
      <label className="t-check">
        <input
          type="checkbox"
          checked={policy.parentsMayRequest}
          onChange={(e) => setPolicy({ ...policy, parentsMayRequest: e.target.checked })}
        />
        {t('teacher.policy.parentsRequest')}
      </label>
      <div className="t-grid3">
        {numbers.map(([key, label, min, max]) => (
          <Field key={key} label={t(label)}>
            <input
              className="t-input"
              type="number"
              min={min}
              max={max}
              value={Number.isNaN(policy[key]) ? '' : policy[key]}
              onChange={(e) => setPolicy({ ...policy, [key]: e.target.valueAsNumber })}
            />
          </Field>
        ))}
      </div>
      <Button tone="primary" disabled={action.busy || !valid} onClick={() => void save()}>
        {t('teacher.save')}
      </Button>
      <Status action={action} />
    </Card>
  );
}
