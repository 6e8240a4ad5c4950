// Teacher mode's parent links for families: a family call needs a link for
// each of its guardians, wherever in the roster each one is recorded.
// zh-CN first, English beside it; merged in common/i18n/teacher.ts.

export const familyLinksZh = {
  'teacher.links.familyHelp': '全家一起通话时，每位家长都用自己的链接进入。',
  'teacher.links.siblings': '兄弟姐妹：{names}',
  'teacher.links.recordedWith': '记在{name}名下：',
} as const;

export const familyLinksEn: Record<keyof typeof familyLinksZh, string> = {
  'teacher.links.familyHelp': 'In a family call each parent joins with their own link.',
  'teacher.links.siblings': 'Brothers and sisters: {names}',
  'teacher.links.recordedWith': 'Recorded with {name}:',
};
