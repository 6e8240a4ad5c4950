// One of the project's own picture books (see ../shelf.ts).
import { day, dusk, night } from '../book';
import type { Book } from '../book';

export const bearDay: Book = {
  id: 'bear-day',
  title: { zh: '小熊的一天', en: 'Little Bear’s Day' },
  cover: [...day, { k: 'sun', x: 320, y: 70 }, { k: 'bear', x: 190, y: 270, s: 1.8 }],
  pages: [
    {
      scene: [
        { k: 'sky', c: '#ffe0b2' },
        { k: 'grass' },
        { k: 'sun', x: 80, y: 120 },
        { k: 'bed', x: 230, y: 250, s: 1.4 },
        { k: 'bear', x: 170, y: 230, s: 0.7, on: true },
      ],
      zh: '早上，太阳叫小熊起床。',
      en: 'In the morning, the sun wakes Little Bear.',
    },
    {
      scene: [
        { k: 'sky', c: '#fff3e0' },
        { k: 'grass', c: '#d7ccc8' },
        { k: 'bear', x: 140, y: 262, s: 1.3 },
        { k: 'apple', x: 250, y: 240, s: 1.6 },
        { k: 'apple', x: 290, y: 240, s: 1.6, c: '#43a047' },
      ],
      zh: '早饭吃一个大苹果。',
      en: 'A big apple for breakfast.',
    },
    {
      scene: [
        ...day,
        { k: 'sun', x: 340, y: 60 },
        { k: 'house', x: 260, y: 250, s: 1.5, c: '#ffe082' },
        { k: 'bear', x: 110, y: 262, s: 1.1 },
      ],
      zh: '小熊去学校。',
      en: 'Little Bear goes to school.',
    },
    {
      scene: [
        { k: 'sky', c: '#fff8e1' },
        { k: 'grass', c: '#d7ccc8' },
        { k: 'book', x: 200, y: 200, s: 2.4 },
        { k: 'bear', x: 90, y: 262, s: 1 },
        { k: 'rabbit', x: 320, y: 262, s: 1 },
      ],
      zh: '和朋友一起读书。',
      en: 'Reading with friends.',
    },
    {
      scene: [
        ...day,
        { k: 'ball', x: 200, y: 240, s: 1.4 },
        { k: 'bear', x: 110, y: 262, s: 1.1 },
        { k: 'dog', x: 310, y: 262, s: 1.1 },
      ],
      zh: '下课了，踢球！',
      en: 'Break time: football!',
    },
    {
      scene: [
        { k: 'sky', c: '#b0bec5' },
        { k: 'grass', c: '#7cb86a' },
        { k: 'cloud', x: 200, y: 70, c: '#90a4ae' },
        { k: 'bear', x: 200, y: 262, s: 1.3 },
        { k: 'heart', x: 300, y: 140, c: '#90caf9' },
      ],
      zh: '有一点想家。没关系，可以说出来。',
      en: 'Missing home a little. That’s okay: you can say so.',
    },
    {
      scene: [
        ...dusk,
        { k: 'sun', x: 330, y: 200 },
        { k: 'house', x: 140, y: 250, s: 1.3, on: true },
        { k: 'bear', x: 260, y: 262, s: 1, f: true },
      ],
      zh: '傍晚，回到家。',
      en: 'In the evening, back home.',
    },
    {
      scene: [
        ...night,
        { k: 'moon', x: 320, y: 70 },
        { k: 'star', x: 80, y: 60 },
        { k: 'bed', x: 200, y: 250, s: 1.4 },
        { k: 'bear', x: 150, y: 236, s: 0.7, on: true },
      ],
      zh: '晚安，小熊。明天见！',
      en: 'Good night, Little Bear. See you tomorrow!',
    },
  ],
};
