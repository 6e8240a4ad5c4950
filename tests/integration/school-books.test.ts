// A teacher adds a picture book from a folder (admin CLI `book-add`): every
// file is checked as a hostile upload and a bad folder stores nothing; the
// school's kiosk and parents then find the book on the shelf and load its
// pages over their own connection, and nobody of another school can.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../../signaling-server/src/admin/cli';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { connect, request, requestOk } from '../support/socketClient';

let server: TestServer;
let school: SchoolFixture;
let other: SchoolFixture;
let dir: string;

const pngHeader = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (n: number) => Buffer.from([...pngHeader, 0, 0, 0, n]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2]);

function folder(name: string, files: Record<string, Buffer | string>): string {
  const where = path.join(dir, name);
  fs.mkdirSync(where);
  for (const [file, data] of Object.entries(files)) fs.writeFileSync(path.join(where, file), data);
  return where;
}

async function admin(...args: string[]) {
  const lines: string[] = [];
  const code = await runAdmin(server.store, args, (line) => lines.push(line), server.url);
  return { code, lines };
}

beforeAll(async () => {
  server = await startTestServer();
  school = await seedSchool(server.store, server.clock.now);
  other = await seedSchool(server.store, server.clock.now, '另一所小学');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-books-'));
});

afterAll(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a school’s own picture books', () => {
  it('refuses a folder with any bad file, naming each, and stores nothing', async () => {
    const bad = folder('bad', {
      '1.png': png(1),
      '2.png': '<html><script>alert(1)</script></html>',
      '3.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      '4.jpg': Buffer.alloc(500 * 1024, 0xff),
    });
    const result = await admin('book-add', school.schoolId, bad, '我家的小狗');
    expect(result.code).toBe(2);
    expect(result.lines.join('\n')).toMatch(/2\.png: not a PNG, JPEG or WebP picture/);
    expect(result.lines.join('\n')).toMatch(/3\.svg: not a PNG/);
    expect(result.lines.join('\n')).toMatch(/4\.jpg: larger than 400 KB/);
    expect(await server.store.schoolBooks.list(school.schoolId)).toEqual([]);
    expect((await admin('book-add', school.schoolId, bad, '<b>')).code).toBe(2);
    expect((await admin('book-add', school.schoolId, path.join(dir, 'nope'), '书')).code).toBe(2);
  });

  it('adds pages in number order, and only the school’s own kiosk and parents can read them', async () => {
    const good = folder('good', { '10.png': png(10), '2.jpg': jpeg, '1.png': png(1), '.DS_Store': 'x' });
    const added = await admin('book-add', school.schoolId, good, '我家的', '小狗');
    expect(added.code).toBe(0);

    const kiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
    const parent = await connect(server.url, { guardianToken: school.guardianToken });
    const stranger = await connect(server.url, { kioskCredential: other.kioskCredential });
    const anonymous = await connect(server.url);
    try {
      const { books } = await requestOk(kiosk, 'book:list', {});
      expect(books).toEqual([
        { id: expect.stringMatching(/^school-[0-9a-f-]{36}$/), title: '我家的 小狗', pages: 3 },
      ]);
      const bookId = books[0]!.id;
      const pages = await Promise.all(
        [0, 1, 2].map((page) => requestOk(parent, 'book:page', { bookId, page })),
      );
      expect(pages.map((p) => p.mime)).toEqual(['image/png', 'image/jpeg', 'image/png']);
      expect(Buffer.from(pages[2]!.data, 'base64')).toEqual(png(10));

      expect((await requestOk(stranger, 'book:list', {})).books).toEqual([]);
      expect(await request(stranger, 'book:page', { bookId, page: 0 })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      expect(await request(kiosk, 'book:page', { bookId, page: 3 })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      expect(await request(kiosk, 'book:page', { bookId: 'same-moon', page: 0 })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      expect(await request(anonymous, 'book:list', {})).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHORIZED' },
      });
    } finally {
      for (const socket of [kiosk, parent, stranger, anonymous]) socket.disconnect();
    }
  });
});
