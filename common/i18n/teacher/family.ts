// Teacher mode's family calls: brothers and sisters in the roster, and who is
// in a booking (several guardians, siblings at one kiosk).
// zh-CN first, English beside it; merged in common/i18n/teacher.ts.

export const familyTeacherZh = {
  'teacher.family.title': '兄弟姐妹',
  'teacher.family.help': '登记以后，兄弟姐妹可以在同一台电脑上一起和家长通话。',
  'teacher.family.none': '还没有登记兄弟姐妹。',
  'teacher.family.pick': '选一个同校的孩子',
  'teacher.family.add': '登记为兄弟姐妹',
  'teacher.family.added': '已登记为兄弟姐妹',
  'teacher.family.remove': '移除',
  'teacher.family.removeQuestion': '{name}不再算作兄弟姐妹？',
  'teacher.family.removed': '已移除',
  'teacher.family.importHelp':
    '可以加一列“家庭”（family）：同一个家庭的孩子填同一个编号（比如 A1，或家长的姓名；字母、数字或汉字，最多 20 个），导入后就登记为兄弟姐妹。',
  'teacher.bookings.alsoGuardians': '也请这些家人（各用自己的链接）',
  'teacher.bookings.siblings': '一起通话的兄弟姐妹',
  'teacher.bookings.people': '改通话的人',
  'teacher.bookings.peopleSave': '保存通话的人',
  'teacher.bookings.peopleSaved': '通话的人已更新',
  'teacher.bookings.familyLimit': '一次通话最多 {children} 个孩子、{guardians} 位家人。',
} as const;

export const familyTeacherEn: Record<keyof typeof familyTeacherZh, string> = {
  'teacher.family.title': 'Brothers and sisters',
  'teacher.family.help':
    'Once recorded, brothers and sisters can call their parents together from one computer.',
  'teacher.family.none': 'No brothers or sisters recorded.',
  'teacher.family.pick': 'Choose a child of the school',
  'teacher.family.add': 'Record as brother or sister',
  'teacher.family.added': 'Recorded as brother or sister',
  'teacher.family.remove': 'Remove',
  'teacher.family.removeQuestion': 'Is {name} no longer a brother or sister?',
  'teacher.family.removed': 'Removed',
  'teacher.family.importHelp':
    'An optional “family” column: children of one family get the same key (for example A1, or a parent’s name; letters, digits or Chinese characters, at most 20) and are recorded as brothers and sisters.',
  'teacher.bookings.alsoGuardians': 'Also invite (each with their own link)',
  'teacher.bookings.siblings': 'Brothers and sisters in the call',
  'teacher.bookings.people': 'Who is in the call',
  'teacher.bookings.peopleSave': 'Save who is in the call',
  'teacher.bookings.peopleSaved': 'Updated who is in the call',
  'teacher.bookings.familyLimit': 'At most {children} children and {guardians} family members in one call.',
};
