// The project's own picture books: seven short stories of eight pages, each page
// a picture made of drawn pieces (pieces.tsx) and one or two short lines in
// Chinese and English, so a parent can read aloud and a child who cannot read
// yet can follow the pictures. Written for this project; nothing copied.
// One file a story under stories/; this is the shelf that lists them.
import type { Book } from './book';
import { littleCat } from './stories/little-cat';
import { sameMoon } from './stories/same-moon';
import { littleSeed } from './stories/little-seed';
import { duckRiver } from './stories/duck-river';
import { kiteFlies } from './stories/kite-flies';
import { bearDay } from './stories/bear-day';
import { snowDay } from './stories/snow-day';

export type { Book, BookPage } from './book';

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
