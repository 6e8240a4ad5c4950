// Children pick a picture, never upload a photo: no faces are stored anywhere.
// Each name is a picture in resources/avatars/.
export const avatars = [
  'panda',
  'cat',
  'dog',
  'rabbit',
  'tiger',
  'monkey',
  'bird',
  'fish',
  'frog',
  'bear',
  'duck',
  'elephant',
  'sun',
  'star',
  'flower',
  'tree',
] as const;
export type Avatar = (typeof avatars)[number];

/** The nine pictures of the picture-PIN pad, in pad order (PIN digits are their indexes). */
export const pinPictures = [
  'apple',
  'ball',
  'car',
  'drum',
  'egg',
  'fan',
  'grapes',
  'hat',
  'ice-cream',
] as const;
