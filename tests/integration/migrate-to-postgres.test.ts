// `npm run admin -- migrate-to-postgres`: the demo school's SQLite file,
// with a call record, the call's activities and a picture book on it, copied
// into an empty PostgreSQL database by the real command; the copy reads back
// the same through the store (pictures byte for byte), and a second copy into
// the now-filled database is refused. Runs under test:cluster.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../signaling-server/src/admin/demo';
import { openStore } from '../../signaling-server/src/store/sql/openStore';
import type { Store } from '../../signaling-server/src/store/Store';
import { newTestDatabase, testEngines } from '../support/database';

const run = promisify(execFile);
const cli = path.resolve('signaling-server/src/admin/cli.ts');

async function everything(store: Store) {
  const schools = await store.schools.list();
  const perSchool = await Promise.all(
    schools.map(async (school) => ({
      school,
      staff: await store.staff.list(school.id),
      kiosks: await store.kiosks.list(school.id),
      children: await store.children.list(school.id, { includeArchived: true }),
      guardians: await store.guardians.listBySchool(school.id),
      windows: await store.windows.list(school.id),
      closedDates: await store.closedDates.list(school.id),
      bookings: await store.bookings.list({ schoolId: school.id }),
      books: await Promise.all(
        (await store.schoolBooks.list(school.id)).map(async (book) => ({
          book,
          pages: await Promise.all(
            Array.from({ length: book.pages }, async (_, page) => {
              const found = await store.schoolBooks.page(school.id, book.id, page);
              return found && { mime: found.mime, data: Buffer.from(found.data).toString('hex') };
            }),
          ),
        })),
      ),
    })),
  );
  const records = await Promise.all(
    perSchool.flatMap((s) => s.bookings).map((b) => store.callRecords.listForBooking(b.id)),
  );
  return { perSchool, records };
}

describe.runIf(testEngines().includes('postgres'))('npm run admin -- migrate-to-postgres', () => {
  const open: Store[] = [];
  afterAll(async () => {
    await Promise.all(open.map((store) => store.close()));
  });

  it('copies a school file into PostgreSQL with every count checked, and refuses to copy twice', async () => {
    const sqlite = await newTestDatabase('sqlite');
    if (sqlite.engine !== 'sqlite') throw new Error('unreachable');
    const source = await openStore(sqlite);
    const demo = await seedDemo(source, { publicUrl: 'https://school.example' });
    const [booking] = await source.bookings.list({ schoolId: demo.schoolId });
    const record = await source.callRecords.open(booking!.id, 'kiosk', booking!.startAt);
    await source.callRecords.close(record.id, booking!.startAt + 60_000, 'left');
    await source.callActivities.record(booking!.id, ['book', 'draw'], true, booking!.startAt + 30_000);
    // Pictures are bytes, not text: every byte value must come back as it was.
    const everyByte = Buffer.from(Array.from({ length: 256 }, (_, n) => n));
    const pages = [
      { mime: 'image/png', data: Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), everyByte]) },
      {
        mime: 'image/jpeg',
        data: Buffer.concat([Buffer.from('ffd8ffe0', 'hex'), Buffer.from(everyByte).reverse()]),
      },
    ];
    await source.schoolBooks.create(demo.schoolId, '小狗回家', pages, booking!.startAt);
    const before = await everything(source);
    await source.close();

    const postgres = await newTestDatabase('postgres');
    if (postgres.engine !== 'postgres') throw new Error('unreachable');
    const first = await run('npx', ['tsx', cli, 'migrate-to-postgres', sqlite.file, postgres.url]);
    expect(first.stdout).toMatch(/every table's count matches/);
    expect(first.stdout).toMatch(/bookings: [1-9]/);
    expect(first.stdout).toMatch(/call_activities: 1\b/);
    expect(first.stdout).toMatch(/school_books: 1\b/);
    expect(first.stdout).toMatch(/school_book_pages: 2\b/);

    const copy = await openStore(postgres);
    open.push(copy);
    expect(await everything(copy)).toEqual(before);
    expect(before.perSchool.flatMap((s) => s.books)).toHaveLength(1);
    expect((await copy.staff.findForLogin(demo.teacher.username))?.passwordHash).toMatch(/\S/);

    const again = run('npx', ['tsx', cli, 'migrate-to-postgres', sqlite.file, postgres.url]);
    await expect(again).rejects.toMatchObject({ code: 2, stdout: expect.stringMatching(/not empty/) });
  });
});
