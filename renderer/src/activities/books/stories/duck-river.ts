// One of the project's own picture books (see ../shelf.ts).
import { day } from '../book';
import type { Book } from '../book';

export const duckRiver: Book = {
  id: 'duck-river',
  title: { zh: '小鸭子过河', en: 'Little Duck Crosses the River' },
  cover: [{ k: 'sky' }, { k: 'water', y: 180 }, { k: 'duck', x: 200, y: 230, s: 2 }],
  pages: [
    {
      scene: [
        { k: 'sky' },
        { k: 'grass', y: 200 },
        { k: 'water', y: 240 },
        { k: 'duck', x: 120, y: 215, s: 1.3 },
        { k: 'tree', x: 320, y: 200 },
      ],
      zh: '小鸭子想去河对面找奶奶。',
      en: 'Little Duck wants to visit Grandma across the river.',
    },
    {
      scene: [{ k: 'sky' }, { k: 'water', y: 170 }, { k: 'duck', x: 120, y: 170, s: 1.3 }],
      zh: '河好宽啊，小鸭子有点怕。',
      en: 'The river is so wide. Little Duck is a bit scared.',
    },
    {
      scene: [
        { k: 'sky' },
        { k: 'water', y: 170 },
        { k: 'duck', x: 120, y: 170, s: 1.3 },
        { k: 'fish', x: 250, y: 240, s: 1.4, f: true },
      ],
      zh: '小鱼说：“别怕，我陪你。”',
      en: 'Fish says: “Don’t be afraid. I’ll swim with you.”',
    },
    {
      scene: [
        { k: 'sky' },
        { k: 'water', y: 170 },
        { k: 'duck', x: 200, y: 190, s: 1.3, f: true },
        { k: 'fish', x: 250, y: 245, s: 1.2, f: true },
        { k: 'fish', x: 140, y: 260, s: 1, c: '#ffd54f', f: true },
      ],
      zh: '一下，两下，小鸭子游起来了。',
      en: 'Paddle, paddle. Little Duck is swimming.',
    },
    {
      scene: [
        { k: 'sky', c: '#b0bec5' },
        { k: 'water', y: 170 },
        { k: 'cloud', x: 200, y: 70, c: '#90a4ae' },
        { k: 'rain', x: 200, y: 70 },
        { k: 'duck', x: 200, y: 190, s: 1.3, f: true },
      ],
      zh: '下雨了！小鸭子不停下。',
      en: 'Rain! Little Duck keeps going.',
    },
    {
      scene: [
        { k: 'sky' },
        { k: 'water', y: 170 },
        { k: 'boat', x: 230, y: 185, s: 1.3 },
        { k: 'duck', x: 120, y: 190, s: 1.2, f: true },
        { k: 'dog', x: 255, y: 168, s: 0.6 },
      ],
      zh: '小狗划着船来了：“加油！”',
      en: 'Dog comes in a boat: “You can do it!”',
    },
    {
      scene: [
        { k: 'sky' },
        { k: 'water', y: 210 },
        { k: 'grass', y: 180, c: '#8fd16a' },
        { k: 'duck', x: 180, y: 200, s: 1.2, f: true },
        { k: 'house', x: 320, y: 190 },
      ],
      zh: '到了！河对面就是奶奶家。',
      en: 'Made it! Grandma’s house is right there.',
    },
    {
      scene: [
        ...day,
        { k: 'sun', x: 340, y: 60 },
        { k: 'duck', x: 230, y: 260, s: 1.8, c: '#fff59d' },
        { k: 'duck', x: 140, y: 260, s: 1.1, f: true },
        { k: 'heart', x: 190, y: 130 },
      ],
      zh: '奶奶抱住小鸭子：“你真勇敢！”',
      en: 'Grandma hugs Little Duck: “You are so brave!”',
    },
  ],
};
