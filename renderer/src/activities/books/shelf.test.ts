import { describe, expect, it } from 'vitest';
import { activityLimits, bookIdSchema } from '@hhc/common/activities/schema';
import { books, findBook } from './shelf';

describe('the shipped books', () => {
  it('are at least six books of at least eight pages, each page a line in Chinese and in English', () => {
    expect(books.length).toBeGreaterThanOrEqual(6);
    for (const book of books) {
      expect(bookIdSchema.safeParse(book.id).success).toBe(true);
      expect(book.pages.length).toBeGreaterThanOrEqual(8);
      expect(book.pages.length).toBeLessThanOrEqual(activityLimits.maxPage + 1);
      for (const page of book.pages) {
        expect(page.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(page.en).toMatch(/^[A-Z“]/);
        // Short lines a parent reads aloud in one breath.
        expect(page.zh.length).toBeLessThanOrEqual(30);
      }
    }
    expect(new Set(books.map((book) => book.id)).size).toBe(books.length);
  });

  it('draws every page differently: each page is its own picture', () => {
    for (const book of books) {
      const scenes = book.pages.map((page) => JSON.stringify(page.scene));
      expect(new Set(scenes).size).toBe(scenes.length);
      for (const page of book.pages) expect(page.scene.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('finds a book by id and nothing for an unknown one', () => {
    expect(findBook('same-moon')?.title.zh).toBe('我们看同一个月亮');
    expect(findBook('school-unknown')).toBeUndefined();
  });
});
