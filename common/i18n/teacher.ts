// Teacher mode's interface strings, one file per part of teacher mode
// (common/i18n/teacher/). The kiosk hands them to `translator`
// (common/i18n.ts); the compiler checks both languages have every key.
import type { TeacherMessages } from '../i18n';
import { activitiesTeacherEn, activitiesTeacherZh } from './teacher/activities';
import { familyTeacherEn, familyTeacherZh } from './teacher/family';
import { familyRecordsEn, familyRecordsZh } from './teacher/familyRecords';
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
  ...familyTeacherZh,
  ...messagesTeacherZh,
  ...familyRecordsZh,
};

export const teacherEn: Record<keyof typeof teacherZh, string> = {
  ...generalEn,
  ...peopleEn,
  ...scheduleEn,
  ...recordsEn,
  ...activitiesTeacherEn,
  ...familyTeacherEn,
  ...messagesTeacherEn,
  ...familyRecordsEn,
};

export const teacherMessages: TeacherMessages = { 'zh-CN': teacherZh, en: teacherEn };
