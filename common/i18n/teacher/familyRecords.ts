// Teacher mode's parent links for families (a family call needs a link for
// each of its guardians, wherever in the roster each one is recorded) and
// changing who is in a call while it runs.
// zh-CN first, English beside it; merged in common/i18n/teacher.ts.

export const familyRecordsZh = {
  'teacher.links.familyHelp': '全家一起通话时，每位家长都用自己的链接进入。',
  'teacher.links.siblings': '兄弟姐妹：{names}',
  'teacher.links.recordedWith': '记在{name}名下：',
  'teacher.bookings.runningPeople': '正在通话：去掉的家人会马上离开通话，加上的家人可以马上进来。',
} as const;

export const familyRecordsEn: Record<keyof typeof familyRecordsZh, string> = {
  'teacher.links.familyHelp': 'In a family call each parent joins with their own link.',
  'teacher.links.siblings': 'Brothers and sisters: {names}',
  'teacher.links.recordedWith': 'Recorded with {name}:',
  'teacher.bookings.runningPeople':
    'This call is on now: anyone taken out leaves it at once, anyone added can join at once.',
};
