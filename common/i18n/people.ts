// The tiles of a family call (renderer/src/ui/PeopleGrid.tsx). Merged into the
// one table in common/i18n.ts; the compiler checks both languages have every key.
export const peopleZh = {
  'people.me': '我',
  'people.soundOnly': '只有声音',
  'people.cameraOff': '摄像头关着',
  'people.reconnecting': '正在重新连接…',
  /** Waiting for the rest of the family while someone is already in. */
  'people.stillComing': '{names}马上就来',
} as const;

export const peopleEn: Record<keyof typeof peopleZh, string> = {
  'people.me': 'Me',
  'people.soundOnly': 'Sound only',
  'people.cameraOff': 'Camera off',
  'people.reconnecting': 'Reconnecting…',
  'people.stillComing': '{names} will be here soon',
};
