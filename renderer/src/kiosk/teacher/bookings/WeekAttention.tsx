// One line above the week: how many calls were missed (by whom) and how many
// voice messages nobody has heard, so a busy teacher sees it without scrolling.
import type { Booking } from '@hhc/common/domain';
import { totalUnheard, type Unheard } from '../messages/unheard';
import { useTeacher } from '../TeacherContext';

export function WeekAttention(props: {
  bookings: readonly Booking[] | undefined;
  unheard: ReadonlyMap<string, Unheard> | undefined;
}) {
  const { t } = useTeacher().kiosk;
  if (!props.bookings || !props.unheard) return null;
  const byParent = props.bookings.filter((b) => b.status === 'missed_by_parent').length;
  const byChild = props.bookings.filter((b) => b.status === 'missed_by_child').length;
  const unheard = totalUnheard(props.unheard);
  const items = [
    byParent > 0 && t('teacher.week.missedByParent', { count: String(byParent) }),
    byChild > 0 && t('teacher.week.missedByChild', { count: String(byChild) }),
    unheard > 0 && t('teacher.week.unheard', { count: String(unheard) }),
  ].filter((item): item is string => Boolean(item));
  if (items.length === 0)
    return (
      <p className="t-status t-status--done" data-testid="week-attention" data-count="0">
        {t('teacher.week.allGood')}
      </p>
    );
  return (
    <p className="t-status t-status--warn" data-testid="week-attention" data-count={items.length}>
      <strong>{t('teacher.week.attention')}</strong> {items.join('，')}
    </p>
  );
}
