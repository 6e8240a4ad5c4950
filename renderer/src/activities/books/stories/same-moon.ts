// One of the project's own picture books (see ../shelf.ts).
import { day, night } from '../book';
import type { Book } from '../book';

export const sameMoon: Book = {
  id: 'same-moon',
  title: { zh: '我们看同一个月亮', en: 'We See the Same Moon' },
  cover: [
    ...night,
    { k: 'moon', x: 200, y: 100, s: 1.6 },
    { k: 'star', x: 80, y: 60 },
    { k: 'star', x: 330, y: 50 },
  ],
  pages: [
    {
      scene: [
        ...night,
        { k: 'moon', x: 300, y: 80 },
        { k: 'house', x: 150, y: 250, s: 1.4, on: true },
        { k: 'star', x: 60, y: 50 },
      ],
      zh: '晚上，小兔在家里。',
      en: 'At night, Little Rabbit is at home.',
    },
    {
      scene: [
        ...night,
        { k: 'moon', x: 300, y: 80 },
        { k: 'rabbit', x: 190, y: 260, s: 1.6 },
        { k: 'star', x: 80, y: 70 },
        { k: 'star', x: 150, y: 40 },
      ],
      zh: '小兔看着月亮。',
      en: 'Little Rabbit looks at the moon.',
    },
    {
      scene: [
        { k: 'night' },
        { k: 'grass', y: 260, c: '#4b5563' },
        { k: 'moon', x: 90, y: 80 },
        { k: 'city', x: 230, y: 262, s: 1.1, on: true },
      ],
      zh: '妈妈在很远的大城市里工作。',
      en: 'Mum works in a big city far away.',
    },
    {
      scene: [
        { k: 'night' },
        { k: 'grass', y: 260, c: '#4b5563' },
        { k: 'moon', x: 90, y: 80 },
        { k: 'city', x: 300, y: 262, s: 0.8, on: true },
        { k: 'rabbit', x: 170, y: 262, s: 1.6, c: '#e0e0e0' },
      ],
      zh: '妈妈下班了，也看着月亮。',
      en: 'After work, Mum looks at the moon too.',
    },
    {
      scene: [
        ...night,
        { k: 'moon', x: 200, y: 90, s: 1.3 },
        { k: 'heart', x: 90, y: 180 },
        { k: 'heart', x: 310, y: 180 },
      ],
      zh: '是同一个月亮哦。',
      en: 'It is the very same moon.',
    },
    {
      scene: [
        ...night,
        { k: 'moon', x: 200, y: 70 },
        { k: 'house', x: 70, y: 250, s: 0.9, on: true },
        { k: 'city', x: 330, y: 252, s: 0.6, on: true },
        { k: 'star', x: 130, y: 130 },
        { k: 'star', x: 200, y: 150 },
        { k: 'star', x: 270, y: 130 },
      ],
      zh: '月亮把我们连在一起。',
      en: 'The moon joins us together.',
    },
    {
      scene: [
        ...night,
        { k: 'moon', x: 320, y: 70 },
        { k: 'bed', x: 200, y: 250, s: 1.4 },
        { k: 'rabbit', x: 150, y: 226, s: 0.9, on: true },
      ],
      zh: '小兔说：“妈妈，晚安。”',
      en: 'Little Rabbit says: “Good night, Mum.”',
    },
    {
      scene: [
        ...day,
        { k: 'sun', x: 320, y: 70 },
        { k: 'rabbit', x: 200, y: 262, s: 1.6 },
        { k: 'heart', x: 120, y: 120 },
      ],
      zh: '明天，我们再说话。',
      en: 'Tomorrow we will talk again.',
    },
  ],
};
