// Child mode's interface strings (zh-CN first, English beside it). Merged into
// the one table in common/i18n.ts; the compiler checks both languages have every key.
export const childZh = {
  'child.placeholder': '…',
} as const;

export const childEn: Record<keyof typeof childZh, string> = {
  'child.placeholder': '…',
};
