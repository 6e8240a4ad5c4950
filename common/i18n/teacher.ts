// Teacher mode's interface strings, one file per part of teacher mode
// (common/i18n/teacher/). The kiosk hands them to `translator`
// (common/i18n.ts); the compiler checks both languages have every key.
import type { TeacherMessages } from '../i18n';
import { activitiesTeacherEn, activitiesTeacherZh } from './teacher/activities';
import { generalEn, generalZh } from './teacher/general';
import { messagesTeacherEn, messagesTeacherZh } from './teacher/messages';
import { peopleEn, peopleZh } from './teacher/people';
import { recordsEn, recordsZh } from './teacher/records';
import { scheduleEn, scheduleZh } from './teacher/schedule';

export const teacherZh = {
  ...generalZh,
  ...peopleZh,
  ...scheduleZh,
  ...recordsZh,
  ...activitiesTeacherZh,
  ...messagesTeacherZh,
};

export const teacherEn: Record<keyof typeof teacherZh, string> = {
  ...generalEn,
  ...peopleEn,
  ...scheduleEn,
  ...recordsEn,
  ...activitiesTeacherEn,
  ...messagesTeacherEn,
};

export const teacherMessages: TeacherMessages = { 'zh-CN': teacherZh, en: teacherEn };
