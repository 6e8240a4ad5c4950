// This kiosk's call log (kept by the main process, so only in the kiosk app),
// joined with the roster's names: the log itself stores no names, and of a
// family call only its lead child and guardian's relation. A row whose booking
// the server lists shows everyone in that booking instead.
import { useCallback, useMemo } from 'react';
import type { Booking } from '@hhc/common/domain';
import type { GuardianRecord } from '@hhc/common/records';
import { RECENT_MAX_LIMIT } from '@hhc/common/kiosk/ipc';
import { AppError } from '@hhc/common/result';
import { formatDateTime } from '@hhc/common/format';
import { minutesToHhmm } from '../clock';
import { useTeacher } from '../TeacherContext';
import { Card, Loading } from '../ui';
import { useLoad } from '../useRequest';
import { instantToZoned } from '../zonedTime';
import { bookingPeopleWords } from '../family';
import { callMinutes } from './callMinutes';
import { leadsToAsk } from './familyRows';

export function LocalCallLog(props: {
  from: number;
  to: number;
  childId: string | undefined;
  names: Map<string, string>;
  /** The server's bookings of these days (undefined while loading or offline). */
  bookings: Booking[] | undefined;
  guardians: ReadonlyMap<string, GuardianRecord>;
}) {
  const { kiosk, timeZone, children } = useTeacher();
  const { bridge, t, locale } = kiosk;
  const { from, to, childId } = props;
  const byId = useMemo(() => new Map((props.bookings ?? []).map((b) => [b.id, b])), [props.bookings]);
  // A sibling's family calls are logged under the lead child: ask for those leads' rows too.
  const leads = leadsToAsk(childId, props.bookings).join(',');
  const rows = useLoad(
    useCallback(async () => {
      if (!bridge) return undefined;
      const found = [];
      for (const lead of leads ? leads.split(',') : [undefined]) {
        const result = await bridge.calls.recent({
          from,
          to,
          limit: RECENT_MAX_LIMIT,
          ...(lead ? { childId: lead } : {}),
        });
        if (!result.ok) throw new AppError(result.error.code, result.error.message);
        found.push(...result.value);
      }
      return found;
    }, [bridge, from, to, leads]),
  );
  const shown = (rows.value ?? [])
    .filter(
      (call) => !childId || call.childId === childId || byId.get(call.bookingId)?.childIds.includes(childId),
    )
    .sort((a, b) => b.scheduledStart - a.scheduledStart);
  /** The booking's children and guardians when the server lists it; else what the log itself knows. */
  const people = (call: (typeof shown)[number]) => {
    const booking = byId.get(call.bookingId);
    if (booking) return bookingPeopleWords(booking, children, props.guardians, t, locale);
    return {
      children: props.names.get(call.childId) ?? t('teacher.logs.unknownChild'),
      guardians: t(`relation.${call.guardianRelation}`),
    };
  };
  const time = (instant: number | null) =>
    instant === null ? '—' : minutesToHhmm(instantToZoned(instant, timeZone).minuteOfDay);

  return (
    <Card title={t('teacher.logs.local')} testId="local-log">
      {!bridge && <p className="t-muted">{t('teacher.logs.noBridge')}</p>}
      <Loading loading={rows.loading && !rows.value} error={rows.error} />
      {rows.value && shown.length === 0 && <p className="t-muted">{t('teacher.logs.none')}</p>}
      {shown.length > 0 && (
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
            {shown.map((call) => (
              <tr key={call.id} data-testid="local-log-row">
                <td>{formatDateTime(call.scheduledStart, timeZone, locale)}</td>
                <td data-testid="local-log-children">{people(call).children}</td>
                <td data-testid="local-log-guardians">{people(call).guardians}</td>
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
