// The picture on each of the child's talking cards, from the book pieces.
import type { PictureCard } from '@hhc/common/activities/schema';
import { Scene, type Piece } from './books/pieces';

const art: Record<PictureCard, Piece[]> = {
  day: [
    { k: 'sky' },
    { k: 'grass' },
    { k: 'sun', x: 300, y: 80, s: 1.4 },
    { k: 'house', x: 150, y: 250, s: 1.6 },
  ],
  food: [
    { k: 'sky', c: '#fff3e0' },
    { k: 'apple', x: 130, y: 230, s: 4 },
    { k: 'apple', x: 280, y: 230, s: 4, c: '#43a047' },
  ],
  friends: [
    { k: 'sky' },
    { k: 'grass' },
    { k: 'rabbit', x: 140, y: 265, s: 2.2 },
    { k: 'bear', x: 280, y: 265, s: 1.8 },
  ],
  games: [
    { k: 'sky' },
    { k: 'grass' },
    { k: 'ball', x: 130, y: 260, s: 3.6 },
    { k: 'kite', x: 290, y: 110, s: 1.8 },
  ],
  weather: [
    { k: 'sky' },
    { k: 'sun', x: 280, y: 110, s: 1.6 },
    { k: 'cloud', x: 150, y: 150, s: 2 },
    { k: 'rain', x: 150, y: 160, s: 2 },
  ],
  worry: [
    { k: 'sky', c: '#cfd8dc' },
    { k: 'cloud', x: 200, y: 120, s: 2.4, c: '#90a4ae' },
    { k: 'heart', x: 200, y: 270, s: 2.4, c: '#64b5f6' },
  ],
};

export function CardArt({ card }: { card: PictureCard }) {
  return <Scene pieces={art[card]} />;
}
