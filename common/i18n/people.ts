// Who is in a family call (several guardians, brothers and sisters at one
// kiosk), for the child's screens and the parent page (zh-CN first, English
// beside it). Merged into the one table in common/i18n.ts.
export const peopleZh = {
  'people.with': '和{names}一起',
  'people.family': '家人',
  'people.siblings': '兄弟姐妹',
  'people.bookIt': '就这样约',
  'people.tapToAdd': '点图片，选上或者取消',
  // The tiles of a call (renderer/src/ui/PeopleGrid.tsx).
  'people.me': '我',
  'people.soundOnly': '只有声音',
  'people.cameraOff': '摄像头关着',
  'people.reconnecting': '正在重新连接…',
  /** Waiting for the rest of the family while someone is already in. */
  'people.stillComing': '{names}马上就来',
} as const;

export const peopleEn: Record<keyof typeof peopleZh, string> = {
  'people.with': 'With {names}',
  'people.family': 'Family',
  'people.siblings': 'Brothers and sisters',
  'people.bookIt': 'Book it',
  'people.tapToAdd': 'Tap a picture to add or remove',
  'people.me': 'Me',
  'people.soundOnly': 'Sound only',
  'people.cameraOff': 'Camera off',
  'people.reconnecting': 'Reconnecting…',
  'people.stillComing': '{names} will be here soon',
};
