// A school-local calendar date as teachers read it: "3月2日 星期一" / "Mon 2/3".
import type { LocalDate } from '@hhc/common/domain';
import type { Locale } from '@hhc/common/i18n';
import { weekdayOf } from './zonedTime';

const zh = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const en = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function formatDay(date: LocalDate, locale: Locale): string {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = weekdayOf(date) - 1;
  return locale === 'en' ? `${en[weekday]} ${day}/${month}` : `${month}月${day}日 ${zh[weekday]}`;
}
