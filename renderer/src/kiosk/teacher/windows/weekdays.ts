// ISO weekdays (1 = Monday) as message keys.
import type { MessageKey } from '@hhc/common/i18n';

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

export function weekdayKey(weekday: number): MessageKey {
  return `teacher.weekday.${weekday as (typeof weekdays)[number]}`;
}
