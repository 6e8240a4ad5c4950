// A school's own picture books and their pages (bytes: BLOB on SQLite, BYTEA on PostgreSQL).
import { randomUUID } from 'node:crypto';
import type { Store } from '../Store';
import type { SqlDatabase } from './connect';

export function schoolBooksRepository(database: SqlDatabase): Store['schoolBooks'] {
  const { db } = database;
  return {
    async create(schoolId, title, pages, now) {
      const id = randomUUID();
      await database.write(async (trx) => {
        await trx
          .insertInto('school_books')
          .values({ id, school_id: schoolId, title, pages: pages.length, created_at: now })
          .execute();
        for (const [index, page] of pages.entries()) {
          await trx
            .insertInto('school_book_pages')
            .values({ book_id: id, page: index, mime: page.mime, data: Buffer.from(page.data) })
            .execute();
        }
      });
      return { id, schoolId, title, pages: pages.length };
    },
    async list(schoolId) {
      const rows = await db
        .selectFrom('school_books')
        .select(['id', 'school_id', 'title', 'pages'])
        .where('school_id', '=', schoolId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({ id: row.id, schoolId: row.school_id, title: row.title, pages: row.pages }));
    },
    async page(schoolId, bookId, page) {
      const row = await db
        .selectFrom('school_book_pages as p')
        .innerJoin('school_books as b', 'b.id', 'p.book_id')
        .select(['p.mime', 'p.data'])
        .where('b.school_id', '=', schoolId)
        .where('b.id', '=', bookId)
        .where('p.page', '=', page)
        .executeTakeFirst();
      return row ? { mime: row.mime, data: row.data } : undefined;
    },
  };
}
