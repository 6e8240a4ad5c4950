// Dates and times as people read them, always in the school's time zone.
import type { Locale } from './i18n';

const weekdaysZh = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const weekdaysEn = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function parts(instant: number, timeZone: string) {
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    weekday: 'short',
  });
  const map: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(instant))) map[part.type] = part.value;
  const weekday = weekdaysEn.indexOf(map['weekday'] ?? '');
  return {
    month: Number(map['month']),
    day: Number(map['day']),
    time: `${map['hour']}:${map['minute']}`,
    weekday,
  };
}

/** "星期五 16:30" / "Fri 16:30" */
export function formatWeekdayTime(instant: number, timeZone: string, locale: Locale): string {
  const p = parts(instant, timeZone);
  return `${(locale === 'en' ? weekdaysEn : weekdaysZh)[p.weekday]} ${p.time}`;
}

/** "11月27日 星期五 16:30" / "Fri 27/11 16:30" */
export function formatDateTime(instant: number, timeZone: string, locale: Locale): string {
  const p = parts(instant, timeZone);
  return locale === 'en'
    ? `${weekdaysEn[p.weekday]} ${p.day}/${p.month} ${p.time}`
    : `${p.month}月${p.day}日 ${weekdaysZh[p.weekday]} ${p.time}`;
}
