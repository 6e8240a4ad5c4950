// Adds a teacher's picture book from a folder of pictures, one per page in
// file-name order (1.png, 2.png … 10.png sort as numbers). Every file is
// checked first; if any is refused, nothing is stored and each refusal is
// listed, so the teacher can fix the folder and run the command again.
import fs from 'node:fs';
import path from 'node:path';
import type { Store } from '../store/Store';
import { bookFileLimits, checkPicture, checkTitle, type PictureMime } from './pictureFile';

export type AddBookResult = { ok: true; bookId: string; pages: number } | { ok: false; problems: string[] };

export async function addBookFromFolder(
  store: Store,
  schoolId: string,
  folder: string,
  title: string,
  now: number,
): Promise<AddBookResult> {
  const cleanTitle = checkTitle(title);
  if (!cleanTitle)
    return { ok: false, problems: [`the title must be 1–${bookFileLimits.maxTitleLength} characters`] };
  let names: string[];
  try {
    names = fs
      .readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  } catch {
    return { ok: false, problems: ['the folder cannot be read'] };
  }
  if (names.length < bookFileLimits.minPages || names.length > bookFileLimits.maxPages)
    return {
      ok: false,
      problems: [
        `a book has ${bookFileLimits.minPages}–${bookFileLimits.maxPages} pictures; this folder has ${names.length}`,
      ],
    };
  const problems: string[] = [];
  const pages: Array<{ mime: PictureMime; data: Buffer }> = [];
  let total = 0;
  for (const name of names) {
    const file = path.join(folder, name);
    const size = fs.statSync(file).size;
    // Look at the size before reading: a huge file is refused without loading it.
    if (size > bookFileLimits.maxPageBytes) {
      problems.push(`${name}: larger than ${bookFileLimits.maxPageBytes / 1024} KB`);
      continue;
    }
    const data = fs.readFileSync(file);
    const check = checkPicture(data);
    if (!check.ok) {
      problems.push(`${name}: ${check.reason}`);
      continue;
    }
    total += data.length;
    pages.push({ mime: check.mime, data });
  }
  if (total > bookFileLimits.maxBookBytes)
    problems.push(`the pictures add up to more than ${bookFileLimits.maxBookBytes / 1024 / 1024} MB`);
  if (problems.length > 0) return { ok: false, problems };
  const book = await store.schoolBooks.create(schoolId, cleanTitle, pages, now);
  return { ok: true, bookId: book.id, pages: pages.length };
}
