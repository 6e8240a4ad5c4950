// One of the project's own picture books (see ../shelf.ts).
import { day, dusk } from '../book';
import type { Book } from '../book';

export const kiteFlies: Book = {
  id: 'kite-flies',
  title: { zh: '风筝飞呀飞', en: 'Fly, Kite, Fly' },
  cover: [...day, { k: 'kite', x: 200, y: 110, s: 2 }, { k: 'cloud', x: 90, y: 70 }],
  pages: [
    {
      scene: [...day, { k: 'kite', x: 200, y: 190, s: 1.2 }, { k: 'bear', x: 120, y: 265, s: 1.1 }],
      zh: '小熊做了一个红风筝。',
      en: 'Little Bear makes a red kite.',
    },
    {
      scene: [
        ...day,
        { k: 'cloud', x: 300, y: 80 },
        { k: 'kite', x: 260, y: 120, s: 1.2 },
        { k: 'bear', x: 120, y: 265, s: 1.1 },
      ],
      zh: '风来了，风筝飞起来了！',
      en: 'The wind comes. Up goes the kite!',
    },
    {
      scene: [
        ...day,
        { k: 'mountain', x: 180, y: 222 },
        { k: 'kite', x: 300, y: 80, s: 1 },
        { k: 'bird', x: 240, y: 110, s: 1 },
      ],
      zh: '飞过高高的山。',
      en: 'Over the high mountains.',
    },
    {
      scene: [
        { k: 'sky' },
        { k: 'water', y: 190 },
        { k: 'boat', x: 120, y: 220 },
        { k: 'kite', x: 280, y: 90 },
        { k: 'fish', x: 260, y: 250, f: true },
      ],
      zh: '飞过大大的河。',
      en: 'Over the big river.',
    },
    {
      scene: [
        { k: 'sky' },
        { k: 'grass', y: 250, c: '#9e9e9e' },
        { k: 'city', x: 200, y: 252 },
        { k: 'kite', x: 330, y: 70 },
      ],
      zh: '飞到了爸爸工作的城市。',
      en: 'All the way to the city where Dad works.',
    },
    {
      scene: [
        { k: 'sky' },
        { k: 'grass', y: 250, c: '#9e9e9e' },
        { k: 'bus', x: 120, y: 262 },
        { k: 'bear', x: 290, y: 262, s: 1.3, c: '#8d6e63' },
        { k: 'kite', x: 330, y: 80 },
      ],
      zh: '爸爸抬头看：“是我家宝宝的风筝！”',
      en: 'Dad looks up: “That’s my little one’s kite!”',
    },
    {
      scene: [
        { k: 'sky' },
        { k: 'grass', y: 250, c: '#9e9e9e' },
        { k: 'heart', x: 200, y: 120, s: 2 },
        { k: 'bear', x: 290, y: 262, s: 1.3, c: '#8d6e63' },
      ],
      zh: '爸爸在风筝上画了一颗心。',
      en: 'Dad draws a heart on the kite.',
    },
    {
      scene: [
        ...dusk,
        { k: 'kite', x: 220, y: 110 },
        { k: 'heart', x: 220, y: 112, s: 0.5, c: '#fff' },
        { k: 'bear', x: 120, y: 262, s: 1.1 },
        { k: 'house', x: 310, y: 250 },
      ],
      zh: '风筝飞回家，带来了爸爸的爱。',
      en: 'The kite flies home with Dad’s love.',
    },
  ],
};
