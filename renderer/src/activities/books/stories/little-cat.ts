// One of the project's own picture books (see ../shelf.ts).
import { day } from '../book';
import type { Book } from '../book';

export const littleCat: Book = {
  id: 'little-cat-sun',
  title: { zh: '小猫找太阳', en: 'Little Cat Looks for the Sun' },
  cover: [...day, { k: 'sun', x: 320, y: 70 }, { k: 'cat', x: 180, y: 250, s: 1.6 }],
  pages: [
    {
      scene: [
        { k: 'sky', c: '#b0bec5' },
        { k: 'grass', c: '#7cb86a' },
        { k: 'cloud', x: 120, y: 80, c: '#90a4ae' },
        { k: 'cloud', x: 280, y: 70, c: '#90a4ae' },
        { k: 'rain', x: 120, y: 80 },
        { k: 'rain', x: 280, y: 70 },
        { k: 'cat', x: 200, y: 260, s: 1.4 },
      ],
      zh: '下雨了。小猫说：“太阳去哪儿了？”',
      en: 'It is raining. “Where is the sun?” says Little Cat.',
    },
    {
      scene: [
        { k: 'sky', c: '#b0bec5' },
        { k: 'grass', c: '#7cb86a' },
        { k: 'tree', x: 260, y: 240, s: 1.5 },
        { k: 'bird', x: 262, y: 150, s: 1.2, c: '#4fc3f7' },
        { k: 'cat', x: 120, y: 260, s: 1.2, f: true },
      ],
      zh: '小猫问小鸟：“你看见太阳了吗？”',
      en: 'Little Cat asks Bird: “Have you seen the sun?”',
    },
    {
      scene: [
        { k: 'sky', c: '#b0bec5' },
        { k: 'grass', c: '#7cb86a' },
        { k: 'cloud', x: 200, y: 60, c: '#90a4ae' },
        { k: 'bird', x: 300, y: 110, s: 1.2, f: true },
        { k: 'cat', x: 140, y: 260, s: 1.2, f: true },
      ],
      zh: '小鸟说：“太阳在云的后面。”',
      en: 'Bird says: “The sun is behind the clouds.”',
    },
    {
      scene: [
        { k: 'sky', c: '#b0bec5' },
        { k: 'water', y: 210 },
        { k: 'duck', x: 260, y: 240, s: 1.3 },
        { k: 'cat', x: 100, y: 205, s: 1.1, f: true },
      ],
      zh: '小猫问小鸭：“太阳什么时候出来？”',
      en: 'Little Cat asks Duck: “When will the sun come out?”',
    },
    {
      scene: [
        { k: 'sky', c: '#cfd8dc' },
        { k: 'water', y: 210 },
        { k: 'duck', x: 260, y: 240, s: 1.3 },
        { k: 'heart', x: 200, y: 120, s: 1.2 },
        { k: 'cat', x: 100, y: 205, s: 1.1, f: true },
      ],
      zh: '小鸭说：“等一等，它会回来的。”',
      en: 'Duck says: “Wait a little. It will come back.”',
    },
    {
      scene: [
        { k: 'sky', c: '#cfd8dc' },
        { k: 'grass' },
        { k: 'house', x: 200, y: 250, s: 1.4 },
        { k: 'cat', x: 320, y: 260, s: 1 },
      ],
      zh: '小猫回到家，等啊等。',
      en: 'Little Cat goes home and waits and waits.',
    },
    {
      scene: [
        ...day,
        { k: 'cloud', x: 90, y: 90 },
        { k: 'sun', x: 250, y: 90 },
        { k: 'house', x: 120, y: 250, s: 1.2 },
        { k: 'cat', x: 300, y: 260, s: 1.3, f: true },
      ],
      zh: '云走开了，太阳出来了！',
      en: 'The clouds move away. Here comes the sun!',
    },
    {
      scene: [
        ...day,
        { k: 'rainbow', x: 200, y: 200 },
        { k: 'sun', x: 340, y: 60 },
        { k: 'cat', x: 200, y: 265, s: 1.4 },
        { k: 'flower', x: 80, y: 270 },
        { k: 'flower', x: 320, y: 275, c: '#ffb300' },
      ],
      zh: '还有彩虹！小猫好开心。',
      en: 'And a rainbow! Little Cat is so happy.',
    },
  ],
};
