// Picture books a school added itself (admin CLI `book-add`): a title and its
// pages as checked PNG/JPEG/WebP pictures. They go with their school.
import { runScript, types, type Migration } from './runner';

export const migration0004: Migration = {
  version: 4,
  name: 'school-books',
  async up(db, engine) {
    const t = types(engine);
    await runScript(
      db,
      `
      CREATE TABLE school_books (
        id TEXT PRIMARY KEY,
        school_id TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 40),
        pages INTEGER NOT NULL CHECK (pages BETWEEN 1 AND 40),
        created_at ${t.instant} NOT NULL
      );
      CREATE INDEX school_books_school ON school_books(school_id);
      CREATE TABLE school_book_pages (
        book_id TEXT NOT NULL REFERENCES school_books(id) ON DELETE CASCADE,
        page INTEGER NOT NULL CHECK (page >= 0),
        mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/webp')),
        data ${t.bytes} NOT NULL,
        PRIMARY KEY (book_id, page)
      );
    `,
    );
  },
};
