// What a picture book is, and the backdrops the stories share.
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

export const day: Piece[] = [{ k: 'sky' }, { k: 'grass' }];
export const dusk: Piece[] = [
  { k: 'sky', c: '#ffcc80' },
  { k: 'grass', c: '#7cb86a' },
];
export const night: Piece[] = [{ k: 'night' }, { k: 'grass', c: '#35603a' }];
