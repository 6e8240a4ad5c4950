// Migrates a version-3 database with real rows to version 4: the old rows
// survive; a school's books and their pages go with the school.
import { describe, expect, it } from 'vitest';
import { migrate } from './runner';
import { freshDb, seed } from './testRows';

describe('migration 0004-school-books', () => {
  it('adds school books on top of version 3 without touching its rows', () => {
    const db = freshDb();
    expect(migrate(db, 3)).toBe(3);
    seed(db);
    expect(migrate(db)).toBe(4);
    expect((db.prepare('SELECT COUNT(*) AS n FROM bookings').get() as { n: number }).n).toBe(1);
    db.prepare(
      "INSERT INTO school_books (id, school_id, title, pages, created_at) VALUES ('k1', 's1', '小狗', 1, 1)",
    ).run();
    db.prepare(
      "INSERT INTO school_book_pages (book_id, page, mime, data) VALUES ('k1', 0, 'image/png', x'89504e47')",
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO school_book_pages (book_id, page, mime, data) VALUES ('k1', 1, 'image/svg+xml', x'3c')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare("DELETE FROM schools WHERE id = 's1'").run();
    expect((db.prepare('SELECT COUNT(*) AS n FROM school_book_pages').get() as { n: number }).n).toBe(0);
  });
});
