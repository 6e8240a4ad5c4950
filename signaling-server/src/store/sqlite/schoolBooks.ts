// A school's own picture books and their pages.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db';
import type { Store } from '../Store';

export function schoolBooksRepository(db: Db): Store['schoolBooks'] {
  return {
    async create(schoolId, title, pages, now) {
      const id = randomUUID();
      db.transaction(() => {
        db.prepare(
          'INSERT INTO school_books (id, school_id, title, pages, created_at) VALUES (?, ?, ?, ?, ?)',
        ).run(id, schoolId, title, pages.length, now);
        const insert = db.prepare(
          'INSERT INTO school_book_pages (book_id, page, mime, data) VALUES (?, ?, ?, ?)',
        );
        pages.forEach((page, index) => insert.run(id, index, page.mime, page.data));
      })();
      return { id, schoolId, title, pages: pages.length };
    },
    async list(schoolId) {
      const rows = db
        .prepare(
          'SELECT id, school_id, title, pages FROM school_books WHERE school_id = ? ORDER BY created_at, id',
        )
        .all(schoolId) as Array<{ id: string; school_id: string; title: string; pages: number }>;
      return rows.map((row) => ({ id: row.id, schoolId: row.school_id, title: row.title, pages: row.pages }));
    },
    async page(schoolId, bookId, page) {
      const row = db
        .prepare(
          `SELECT p.mime, p.data FROM school_book_pages p JOIN school_books b ON b.id = p.book_id
           WHERE b.school_id = ? AND b.id = ? AND p.page = ?`,
        )
        .get(schoolId, bookId, page) as { mime: string; data: Buffer } | undefined;
      return row ? { mime: row.mime, data: row.data } : undefined;
    },
  };
}
