// Migrates a version-3 database with real rows to version 4 on each engine:
// the old rows survive; a school's books and their pages (bytes as given) go with the school.
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql/connect';
import { migrate } from './runner';
import { count, emptyDatabase, engines, exec } from './testing';
import { now, seed } from './testRows';

describe.each(engines)('migration 0004-school-books on %s', (engine) => {
  let db: SqlDatabase;
  afterEach(() => db.close());

  it('adds school books on top of version 3 without touching its rows', async () => {
    db = await emptyDatabase(engine);
    expect(await migrate(db, 3)).toBe(3);
    await seed(db);
    expect(await migrate(db, 4)).toBe(4);
    expect(await count(db, 'bookings')).toBe(1);
    await exec(
      db,
      `INSERT INTO school_books (id, school_id, title, pages, created_at) VALUES ('k1', 's1', '小狗', 1, ${now})`,
    );
    const page = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    await db.db
      .insertInto('school_book_pages')
      .values({ book_id: 'k1', page: 0, mime: 'image/png', data: page })
      .execute();
    const stored = await db.db.selectFrom('school_book_pages').selectAll().executeTakeFirstOrThrow();
    expect(Buffer.from(stored.data).equals(page)).toBe(true);
    await expect(
      db.db
        .insertInto('school_book_pages')
        .values({ book_id: 'k1', page: 1, mime: 'image/svg+xml', data: Buffer.from('<') })
        .execute(),
    ).rejects.toThrow(/check/i);
    await expect(
      exec(
        db,
        `INSERT INTO school_books (id, school_id, title, pages, created_at) VALUES ('k2', 's1', '', 1, ${now})`,
      ),
    ).rejects.toThrow(/check/i);
    await exec(db, "DELETE FROM schools WHERE id = 's1'");
    expect(await count(db, 'school_book_pages')).toBe(0);
    expect(await count(db, 'school_books')).toBe(0);
  });
});
