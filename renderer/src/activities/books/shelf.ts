// The project's own picture books: six short stories of eight pages, each page
// a picture made of drawn pieces (pieces.tsx) and one or two short lines in
// Chinese and English, so a parent can read aloud and a child who cannot read
// yet can follow the pictures. Written for this project; nothing copied.
import type { Piece } from './pieces';

export interface BookPage {
  scene: Piece[];
  zh: string;
  en: string;
}

export interface Book {
  id: string;
  title: { zh: string; en: string };
  /** The picture on the shelf. */
  cover: Piece[];
  pages: BookPage[];
}

const day: Piece[] = [{ k: 'sky' }, { k: 'grass' }];
const dusk: Piece[] = [
  { k: 'sky', c: '#ffcc80' },
  { k: 'grass', c: '#7cb86a' },
];
const night: Piece[] = [{ k: 'night' }, { k: 'grass', c: '#35603a' }];

const littleCat: Book = {
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

const sameMoon: Book = {
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

const littleSeed: Book = {
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

const duckRiver: Book = {
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

const kiteFlies: Book = {
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

const bearDay: Book = {
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

const snowDay: Book = {
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

export const books: readonly Book[] = [
  littleCat,
  sameMoon,
  littleSeed,
  duckRiver,
  kiteFlies,
  bearDay,
  snowDay,
];

export function findBook(id: string): Book | undefined {
  return books.find((book) => book.id === id);
}
