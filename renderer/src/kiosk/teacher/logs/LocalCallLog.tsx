// This kiosk's call log (kept by the main process, so only in the kiosk app),
// joined with the roster's names: the log itself stores no names.
import { useCallback } from 'react';
import { RECENT_MAX_LIMIT } from '@hhc/common/kiosk/ipc';
import { AppError } from '@hhc/common/result';
import { formatDateTime } from '@hhc/common/format';
import { minutesToHhmm } from '../clock';
import { useTeacher } from '../TeacherContext';
import { Card, Loading } from '../ui';
import { useLoad } from '../useRequest';
import { instantToZoned } from '../zonedTime';
import { callMinutes } from './callMinutes';

export function LocalCallLog(props: {
  from: number;
  to: number;
  childId: string | undefined;
  names: Map<string, string>;
}) {
  const { kiosk, timeZone } = useTeacher();
  const { bridge, t, locale } = kiosk;
  const { from, to, childId } = props;
  const rows = useLoad(
    useCallback(async () => {
      if (!bridge) return undefined;
      const result = await bridge.calls.recent({
        from,
        to,
        limit: RECENT_MAX_LIMIT,
        ...(childId ? { childId } : {}),
      });
      if (!result.ok) throw new AppError(result.error.code, result.error.message);
      return result.value;
    }, [bridge, from, to, childId]),
  );
  const time = (instant: number | null) =>
    instant === null ? '—' : minutesToHhmm(instantToZoned(instant, timeZone).minuteOfDay);

  return (
    <Card title={t('teacher.logs.local')} testId="local-log">
      {!bridge && <p className="t-muted">{t('teacher.logs.noBridge')}</p>}
      <Loading loading={rows.loading && !rows.value} error={rows.error} />
      {rows.value?.length === 0 && <p className="t-muted">{t('teacher.logs.none')}</p>}
      {rows.value && rows.value.length > 0 && (
        <table className="t-table">
          <thead>
            <tr>
              <th>{t('teacher.logs.when')}</th>
              <th>{t('teacher.logs.child')}</th>
              <th>{t('teacher.logs.withWhom')}</th>
              <th>{t('teacher.logs.childIn')}</th>
              <th>{t('teacher.logs.parentIn')}</th>
              <th>{t('teacher.logs.minutes')}</th>
              <th>{t('teacher.activities.kind')}</th>
              <th>{t('teacher.logs.line')}</th>
              <th>{t('teacher.logs.end')}</th>
              <th>{t('teacher.logs.feeling')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.value.map((call) => (
              <tr key={call.id} data-testid="local-log-row">
                <td>{formatDateTime(call.scheduledStart, timeZone, locale)}</td>
                <td>{props.names.get(call.childId) ?? t('teacher.logs.unknownChild')}</td>
                <td>{t(`relation.${call.guardianRelation}`)}</td>
                <td>{time(call.kioskJoinedAt)}</td>
                <td>
                  {call.parentJoinedAt === null ? t('teacher.logs.notCome') : time(call.parentJoinedAt)}
                </td>
                <td>{callMinutes(call)}</td>
                <td data-testid="local-log-activities">
                  {call.activities && call.activities.length > 0
                    ? call.activities.map((kind) => t(`teacher.activities.${kind}`)).join('、')
                    : '—'}
                </td>
                <td>
                  {call.quality.samples === 0
                    ? '—'
                    : t('teacher.logs.quality', {
                        kbps: String(Math.round(call.quality.avgBitrateKbps ?? 0)),
                        loss: (call.quality.avgPacketLossPct ?? 0).toFixed(1),
                      })}
                  {call.quality.audioOnlyUsed && ` · ${t('teacher.logs.audioOnly')}`}
                </td>
                <td>{call.endReason ? t(`teacher.end.${call.endReason}`) : t('teacher.logs.open')}</td>
                <td>{call.feeling ? t(`teacher.feeling.${call.feeling}`) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
