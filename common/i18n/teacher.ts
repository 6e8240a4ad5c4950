// Teacher mode's interface strings (zh-CN first, English beside it). Merged into
// the one table in common/i18n.ts; the compiler checks both languages have every key.
export const teacherZh = {
  'teacher.placeholder': '…',
} as const;

export const teacherEn: Record<keyof typeof teacherZh, string> = {
  'teacher.placeholder': '…',
};
