// One of the project's own picture books (see ../shelf.ts).
import { night } from '../book';
import type { Book } from '../book';

export const snowDay: Book = {
  id: 'snow-day',
  title: { zh: '下雪啦', en: 'Snow Day' },
  cover: [
    { k: 'sky', c: '#cfe8ff' },
    { k: 'grass', c: '#ffffff' },
    { k: 'snow' },
    { k: 'snowman', x: 200, y: 260, s: 1.6 },
  ],
  pages: [
    {
      scene: [
        { k: 'sky', c: '#cfe8ff' },
        { k: 'grass', c: '#eef6ff' },
        { k: 'snow' },
        { k: 'house', x: 200, y: 250, s: 1.4, on: true },
      ],
      zh: '早上起来，下雪了！',
      en: 'We wake up. It is snowing!',
    },
    {
      scene: [
        { k: 'sky', c: '#cfe8ff' },
        { k: 'grass', c: '#ffffff' },
        { k: 'snow' },
        { k: 'dog', x: 200, y: 262, s: 1.4 },
      ],
      zh: '小狗在雪里跑来跑去。',
      en: 'Puppy runs round and round in the snow.',
    },
    {
      scene: [
        { k: 'sky', c: '#cfe8ff' },
        { k: 'grass', c: '#ffffff' },
        { k: 'snow' },
        { k: 'bear', x: 140, y: 262, s: 1.1 },
        { k: 'ball', x: 250, y: 262, s: 1.8, c: '#ffffff' },
      ],
      zh: '滚一个大雪球。',
      en: 'Roll a big snowball.',
    },
    {
      scene: [
        { k: 'sky', c: '#cfe8ff' },
        { k: 'grass', c: '#ffffff' },
        { k: 'snow' },
        { k: 'snowman', x: 220, y: 262, s: 1.4 },
        { k: 'bear', x: 110, y: 262, s: 1.1 },
      ],
      zh: '堆一个雪人，给它戴帽子。',
      en: 'Build a snowman and give it a hat.',
    },
    {
      scene: [
        { k: 'sky', c: '#cfe8ff' },
        { k: 'grass', c: '#ffffff' },
        { k: 'snowman', x: 200, y: 262, s: 1.4 },
        { k: 'bird', x: 216, y: 172, s: 1, c: '#e53935' },
      ],
      zh: '小鸟停在雪人的帽子上。',
      en: 'A little bird sits on the snowman’s hat.',
    },
    {
      scene: [
        { k: 'sky', c: '#cfe8ff' },
        { k: 'grass', c: '#ffffff' },
        { k: 'snow' },
        { k: 'snowman', x: 300, y: 262 },
        { k: 'rabbit', x: 130, y: 262, s: 1.3 },
        { k: 'heart', x: 220, y: 140, c: '#90caf9' },
      ],
      zh: '手好冷，心里好暖。',
      en: 'Cold hands, warm heart.',
    },
    {
      scene: [
        { k: 'sky', c: '#ffe0b2' },
        { k: 'grass', c: '#ffffff' },
        { k: 'house', x: 200, y: 250, s: 1.4, on: true },
        { k: 'snowman', x: 330, y: 262, s: 0.8 },
      ],
      zh: '回家喝一杯热水。',
      en: 'Home for a warm drink.',
    },
    {
      scene: [
        ...night,
        { k: 'moon', x: 80, y: 70 },
        { k: 'snow' },
        { k: 'snowman', x: 240, y: 262, s: 1.3 },
        { k: 'star', x: 320, y: 60 },
      ],
      zh: '雪人说：“明天再来玩！”',
      en: 'Snowman says: “Come and play again tomorrow!”',
    },
  ],
};
