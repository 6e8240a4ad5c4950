// Guardians who missed their last two calls, each with whether they have
// listened to the child's voice messages; optionally only those who have not
// (reached neither by call nor by message: the ones to phone first).
import { useCallback, useState } from 'react';
import { guardianRelations, type GuardianRelation } from '@hhc/common/domain';
import type { Translate } from '@hhc/common/i18n';
import { useTeacher } from '../TeacherContext';
import { Card, Loading } from '../ui';
import { useLoad } from '../useRequest';
import { CsvButton } from './CsvButton';

export function MissedGuardiansReport() {
  const { kiosk, schoolId } = useTeacher();
  const { client, t } = kiosk;
  const [unheardOnly, setUnheardOnly] = useState(false);
  const missed = useLoad(
    useCallback(
      () => client.request('report:missed-guardians', { schoolId, unheardOnly }),
      [client, schoolId, unheardOnly],
    ),
  );
  return (
    <Card title={t('teacher.reports.missed')} testId="report-missed">
      <CsvButton report="missed-guardians" />
      <label className="t-check">
        <input
          type="checkbox"
          data-testid="report-missed-unheard-only"
          checked={unheardOnly}
          onChange={(e) => setUnheardOnly(e.target.checked)}
        />
        {t('teacher.reports.unheardOnly')}
      </label>
      <Loading loading={missed.loading && !missed.value} error={missed.error} />
      {missed.value?.length === 0 && <p className="t-muted">{t('teacher.reports.nobody')}</p>}
      <ul className="t-rows">
        {missed.value?.map((row) => (
          <li
            key={row.guardianId}
            className="t-rows__item"
            data-testid="missed-row"
            data-unheard={row.unheardChildMessages}
          >
            <span className="t-rows__main">
              <strong>{row.childName}</strong> · {relationLabel(row.relation, t)} {row.displayName}
            </span>
            {row.unheardChildMessages > 0 ? (
              <span className="t-badge t-badge--danger">
                {t('teacher.reports.missedUnheard', { count: String(row.unheardChildMessages) })}
              </span>
            ) : (
              <span className="t-muted">{t('teacher.reports.missedHeard')}</span>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function relationLabel(relation: string, t: Translate): string {
  return (guardianRelations as readonly string[]).includes(relation)
    ? t(`relation.${relation as GuardianRelation}`)
    : relation;
}
