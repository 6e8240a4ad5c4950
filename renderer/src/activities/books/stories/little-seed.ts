// One of the project's own picture books (see ../shelf.ts).
import { day } from '../book';
import type { Book } from '../book';

export const littleSeed: Book = {
  id: 'little-seed',
  title: { zh: '小种子长大了', en: 'The Little Seed Grows' },
  cover: [...day, { k: 'sun', x: 320, y: 70 }, { k: 'flower', x: 200, y: 260, s: 2.4 }],
  pages: [
    {
      scene: [...day, { k: 'seed', x: 200, y: 250, s: 2 }, { k: 'bird', x: 110, y: 150, s: 1.2, f: true }],
      zh: '一颗小种子掉进了土里。',
      en: 'A little seed falls into the ground.',
    },
    {
      scene: [
        { k: 'sky', c: '#b0bec5' },
        { k: 'grass', c: '#7cb86a' },
        { k: 'cloud', x: 200, y: 80, c: '#90a4ae' },
        { k: 'rain', x: 200, y: 80 },
        { k: 'seed', x: 200, y: 250, s: 2 },
      ],
      zh: '下雨了，小种子喝水。',
      en: 'Rain falls. The seed drinks.',
    },
    {
      scene: [...day, { k: 'sun', x: 200, y: 80 }, { k: 'seed', x: 200, y: 250, s: 2 }],
      zh: '太阳出来了，暖暖的。',
      en: 'The sun comes out. It is warm.',
    },
    {
      scene: [...day, { k: 'sun', x: 320, y: 70 }, { k: 'sprout', x: 200, y: 250, s: 1.6 }],
      zh: '小种子发芽了！',
      en: 'The seed makes a tiny sprout!',
    },
    {
      scene: [
        ...day,
        { k: 'sun', x: 320, y: 70 },
        { k: 'sprout', x: 200, y: 250, s: 2.6 },
        { k: 'rabbit', x: 100, y: 260, s: 1.1 },
      ],
      zh: '小兔子说：“你长高了。”',
      en: 'Rabbit says: “You are taller now.”',
    },
    {
      scene: [
        { k: 'sky', c: '#b0bec5' },
        { k: 'grass', c: '#7cb86a' },
        { k: 'cloud', x: 120, y: 70, c: '#90a4ae' },
        { k: 'rain', x: 120, y: 70 },
        { k: 'sprout', x: 220, y: 250, s: 2.6 },
        { k: 'heart', x: 300, y: 120 },
      ],
      zh: '刮风下雨，它也不怕。',
      en: 'Wind and rain come. It is not afraid.',
    },
    {
      scene: [...day, { k: 'sun', x: 320, y: 70 }, { k: 'flower', x: 200, y: 255, s: 2.4 }],
      zh: '有一天，开出了一朵花！',
      en: 'One day, a flower opens!',
    },
    {
      scene: [
        ...day,
        { k: 'sun', x: 340, y: 60 },
        { k: 'flower', x: 80, y: 260, s: 1.4, c: '#ffb300' },
        { k: 'flower', x: 200, y: 265, s: 2 },
        { k: 'flower', x: 320, y: 260, s: 1.4, c: '#ab47bc' },
        { k: 'bird', x: 150, y: 110, s: 1 },
      ],
      zh: '你也像小种子，每天都在长大。',
      en: 'You are like the seed: you grow every day.',
    },
  ],
};
